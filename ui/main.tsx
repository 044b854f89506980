import { render } from 'preact';
import { App } from './components/App';
import { keepBundleSource } from './worker/ComputeWorker';
import { runComputeWorker } from './worker/runComputeWorker';
import './styles.css';

// dist/ui.html is one inline script, run twice: as the panel, and (from its own
// source) as the compute worker that owns TensorFlow.js (see ComputeWorker).
if (typeof document === 'undefined') runComputeWorker();
else {
  keepBundleSource(document.currentScript?.textContent);
  render(<App />, document.getElementById('app')!);
}
