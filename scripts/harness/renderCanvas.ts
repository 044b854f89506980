import type { FakeFigma, FakeSceneNode } from '../../test/fakeFigma/index';
import { rasterizeSvgInBrowser } from './rasterizeSvgInBrowser';

export interface CanvasView {
  refresh(): void;
  select(nodeIds: string[]): void;
  findNode(nodeId: string): SceneNode | undefined;
  /** Every layer on the page with its position on the page. */
  layers(): { id: string; name: string; x: number; y: number; width: number; height: number }[];
  imageHashOf(nodeId: string): string | null;
}

/**
 * Draws the fake page: every node with an image fill as an <img>, at its
 * position; click selects, shift-click adds or removes. Polls the document
 * (cheaply, by a signature) so fills the plugin writes show up live.
 */
export function renderCanvas(figma: FakeFigma, container: HTMLElement): CanvasView {
  const urls = new Map<string, string>();
  let signature = '';

  const walk = (nodes: readonly SceneNode[], dx: number, dy: number, out: { node: SceneNode; x: number; y: number }[]) => {
    for (const node of nodes) {
      const x = dx + ('x' in node ? node.x : 0);
      const y = dy + ('y' in node ? node.y : 0);
      out.push({ node, x, y });
      if ('children' in node) walk(node.children, x, y, out);
    }
    return out;
  };
  const all = () => walk(figma.currentPage.children, 0, 0, []);
  const hashOf = (node: SceneNode): string | null => {
    if (!('fills' in node) || !Array.isArray(node.fills)) return null;
    const fill = (node.fills as readonly Paint[]).find((p) => p.type === 'IMAGE' && p.visible !== false);
    return fill && fill.type === 'IMAGE' ? fill.imageHash : null;
  };
  const urlOf = (hash: string, img: HTMLImageElement) => {
    const cached = urls.get(hash);
    if (cached) {
      img.src = cached;
      return;
    }
    figma
      .getImageByHash(hash)
      ?.getBytesAsync()
      .then((bytes) => {
        const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
        urls.set(hash, url);
        img.src = url;
      });
  };

  // Drawn without exportAsync, so the plugin's exports are the only ones the fake counts.
  const exported = new Map<string, Promise<string>>();
  const exportedUrlOf = (node: SceneNode, img: HTMLImageElement) => {
    const key = `${node.id}:${subtreeSignature(node)}`;
    let url = exported.get(key);
    if (!url) {
      const fake = figma.node(node.id)!;
      const { svg, width, height } = figma.svgOf(fake);
      const bytes = fake.pngBytes ? Promise.resolve(fake.pngBytes) : rasterizeSvgInBrowser(svg, width, height);
      url = bytes.then((b) => URL.createObjectURL(new Blob([b as BlobPart])));
      exported.set(key, url);
    }
    url.then(
      (u) => (img.src = u),
      () => undefined,
    );
  };
  /** Changes whenever a colour, visibility or size inside the node changes (vector art recoloured in place). */
  const subtreeSignature = (node: SceneNode): string => {
    const fake = figma.node(node.id);
    if (!fake) return '';
    const parts: string[] = [];
    const visit = (n: FakeSceneNode) => {
      parts.push(JSON.stringify([n.state.fills, n.state.strokes, n.state.visible, n.state.width, n.state.height]));
      n.state.children?.forEach(visit);
    };
    visit(fake);
    return `${String(parts.join('|').length)}:${hashText(parts.join('|'))}`;
  };

  const draw = () => {
    const selected = new Set(figma.currentPage.selection.map((n) => n.id));
    // Layers on the page; what is inside a frame or group is part of its picture.
    const items = figma.currentPage.children.map((node) => ({ node, x: node.x, y: node.y }));
    const next = items
      .map(
        ({ node, x, y }) =>
          `${node.id}:${x},${y},${node.width}x${node.height}:${hashOf(node)}:${selected.has(node.id)}:${node.name}:${node.visible}:${'children' in node ? subtreeSignature(node) : ''}`,
      )
      .join('|');
    if (next === signature) return;
    signature = next;
    container.replaceChildren();
    for (const { node, x, y } of items) {
      const el = document.createElement('div');
      el.className = `node${selected.has(node.id) ? ' selected' : ''}`;
      el.dataset.nodeId = node.id;
      el.dataset.nodeName = node.name;
      el.title = node.name;
      Object.assign(el.style, { left: `${x}px`, top: `${y}px`, width: `${node.width}px`, height: `${node.height}px` });
      // Figma shows hidden layers only in the layers panel; here they stay clickable, faded.
      if (!node.visible) el.style.opacity = '0.3';
      const hash = hashOf(node);
      if (hash) {
        const img = document.createElement('img');
        img.alt = node.name;
        urlOf(hash, img);
        el.appendChild(img);
      } else if ('children' in node) {
        // A frame: show what Figma would render (the fake's pre-rendered export).
        const img = document.createElement('img');
        img.alt = node.name;
        exportedUrlOf(node, img);
        el.appendChild(img);
      }
      const label = document.createElement('span');
      label.className = 'node-label';
      label.textContent = node.name;
      el.appendChild(label);
      el.addEventListener('click', (event) => {
        event.stopPropagation();
        const current = figma.currentPage.selection;
        figma.currentPage.selection = event.shiftKey
          ? current.some((n) => n.id === node.id)
            ? current.filter((n) => n.id !== node.id)
            : [...current, node]
          : [node];
        draw();
      });
      container.appendChild(el);
    }
  };
  container.addEventListener('click', () => {
    figma.currentPage.selection = [];
    draw();
  });
  draw();
  setInterval(draw, 200);

  return {
    refresh: draw,
    select(nodeIds) {
      figma.currentPage.selection = all()
        .map((i) => i.node)
        .filter((n) => nodeIds.includes(n.id));
      draw();
    },
    findNode: (nodeId) => all().find((i) => i.node.id === nodeId)?.node,
    layers: () => all().map(({ node, x, y }) => ({ id: node.id, name: node.name, x, y, width: node.width, height: node.height })),
    imageHashOf(nodeId) {
      const node = all().find((i) => i.node.id === nodeId)?.node;
      return node ? hashOf(node) : null;
    },
  };
}

/** FNV-1a: a short key for a long signature. */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}
