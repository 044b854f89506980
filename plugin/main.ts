// The sandbox entry point, bundled into dist/code.js.
import { runPlugin } from './runPlugin';

runPlugin();
