/**
 * A paint that shows with less opacity than this is an overlay (a 20% black
 * shadow, a soft highlight): it does not hide what is under it, so its pixels
 * show the shape beneath, darkened or lightened. Both vector paths leave
 * overlays as they are and pool the shape beneath from its clear pixels (see
 * the CLI's shapeIdSvg, the plugin's collectShapes).
 */
export const OVERLAY_ALPHA = 0.5;
