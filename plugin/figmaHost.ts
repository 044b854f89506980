/**
 * The part of the plugin API Hueprint's sandbox uses. Every plugin file reaches
 * `figma` through `getFigma()`, so this list is the whole contract with Figma:
 * the fake in test/fakeFigma implements exactly `FigmaHost`, and both are
 * checked against @figma/plugin-typings. Using a new API means adding it here,
 * which fails the fake's compile until the fake supports it too.
 *
 * Only async document APIs appear: the manifest asks for
 * `documentAccess: "dynamic-page"`, where the sync ones throw.
 */
export type FigmaHost = Pick<
  PluginAPI,
  | 'showUI'
  | 'ui'
  | 'notify'
  | 'commitUndo'
  | 'triggerUndo'
  | 'on'
  | 'off'
  | 'currentPage'
  | 'root'
  | 'getNodeByIdAsync'
  | 'createImage'
  | 'getImageByHash'
  | 'createRectangle'
  | 'clientStorage'
  | 'getLocalPaintStylesAsync'
  | 'createPaintStyle'
> & {
  readonly variables: Pick<
    VariablesAPI,
    'getLocalVariableCollectionsAsync' | 'getLocalVariablesAsync' | 'createVariableCollection' | 'createVariable' | 'setBoundVariableForPaint'
  >;
};

/** The global `figma`, read at call time (tests and the harness install a fake before calling in). */
export function getFigma(): FigmaHost {
  return figma;
}
