import type { FakeFigma } from '../../test/fakeFigma/index';

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
    if (cached) return void (img.src = cached);
    figma.getImageByHash(hash)?.getBytesAsync().then((bytes) => {
      const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
      urls.set(hash, url);
      img.src = url;
    });
  };

  const exported = new Map<string, Promise<string>>();
  const exportedUrlOf = (node: SceneNode, img: HTMLImageElement) => {
    let url = exported.get(node.id);
    if (!url) {
      url = node.exportAsync({ format: 'PNG' }).then((bytes) => URL.createObjectURL(new Blob([bytes as BlobPart])));
      exported.set(node.id, url);
    }
    url.then((u) => (img.src = u), () => undefined);
  };

  const draw = () => {
    const selected = new Set(figma.currentPage.selection.map((n) => n.id));
    const items = all();
    const next = items
      .map(({ node, x, y }) => `${node.id}:${x},${y},${node.width}x${node.height}:${hashOf(node)}:${selected.has(node.id)}:${node.name}`)
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
      figma.currentPage.selection = all().map((i) => i.node).filter((n) => nodeIds.includes(n.id));
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
