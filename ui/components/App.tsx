import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StyleFile } from '../../core/index';
import { CLIENT_STORAGE_QUOTA_BYTES } from '../../core/protocol/limits';
import type { SelectionSummary } from '../../core/protocol/messages';
import type { BackendChoice } from '../lib/chooseBackendAsync';
import { errorMessage } from '../../core/errorMessage';
import { installHarnessHooks } from '../lib/installHarnessHooks';
import type { StyleLibrary } from '../lib/StyleLibrary';
import { onInvalidPluginMessage, onPluginMessage, postToPlugin, startPluginBridge } from '../lib/pluginBridge';
import { onWebglContextLost, reportWebglContextLost } from '../lib/webglContextEvents';
import { computeWorker } from '../worker/ComputeWorker';
import { BackendBadge } from './BackendBadge';
import { ColorizeTab } from './ColorizeTab';
import { ErrorList } from './ErrorList';
import { StylesTab } from './StylesTab';
import { Tabs, type TabId } from './Tabs';
import { TrainTab } from './TrainTab';

const EMPTY_LIBRARY: StyleLibrary = { styles: [], bytesUsed: 0, quotaBytes: CLIENT_STORAGE_QUOTA_BYTES };

export function App() {
  const [tab, setTab] = useState<TabId>('train');
  const [backend, setBackend] = useState<BackendChoice | null>(null);
  const [selection, setSelection] = useState<SelectionSummary | null>(null);
  const [library, setLibrary] = useState<StyleLibrary>(EMPTY_LIBRARY);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [gpuLost, setGpuLost] = useState(false);
  const [trial, setTrial] = useState<StyleFile | null>(null);
  const tryStyle = useCallback((style: StyleFile) => {
    setTrial(style);
    setTab('colorize');
  }, []);

  const reportError = useCallback((message: string) => {
    console.error('Hueprint:', message);
    setErrors((list) => [...list.filter((m) => m !== message), message].slice(-4));
  }, []);
  const dismissError = useCallback((message: string) => setErrors((list) => list.filter((m) => m !== message)), []);

  useEffect(() => {
    startPluginBridge();
    const stopMessages = onPluginMessage((message) => {
      if (message.type === 'SELECTION') setSelection(message.summary);
      else if (message.type === 'STYLES') {
        setLibrary({ styles: message.styles, bytesUsed: message.bytesUsed, quotaBytes: message.quotaBytes });
      } else if (message.type === 'ERROR' && message.requestId === undefined) reportError(message.message);
    });
    const stopInvalid = onInvalidPluginMessage((problem) => reportError(`Ignored a message from the plugin that Hueprint does not understand (${problem}).`));
    // Answered by one SELECTION and one STYLES; after a change the plugin sends STYLES by itself.
    postToPlugin({ type: 'READY' });
    // TensorFlow.js lives in the compute worker, so training and colorizing never freeze the panel.
    let stopBackend = () => {};
    let stopWorkerLost = () => {};
    try {
      const worker = computeWorker();
      stopBackend = worker.onBackend(setBackend);
      stopWorkerLost = worker.onContextLost(reportWebglContextLost);
      installHarnessHooks(worker);
      worker.startAsync().catch((error) => reportError(`Could not start TensorFlow.js: ${errorMessage(error)}`));
    } catch (error) {
      reportError(`Could not start TensorFlow.js: ${errorMessage(error)}`);
    }
    const stopLost = onWebglContextLost(() => {
      setGpuLost(true);
      reportError('The GPU dropped its WebGL context. Work in progress was stopped; the next run uses the CPU.');
    });
    return () => {
      stopBackend();
      stopWorkerLost();
      stopMessages();
      stopInvalid();
      stopLost();
    };
  }, [reportError]);

  /** Before each job: the backend is running (after a lost WebGL context the worker itself continues on the CPU). */
  const ensureBackendAsync = useCallback(async (): Promise<BackendChoice> => {
    if (!backend) throw new Error('TensorFlow.js is still starting; try again in a moment.');
    return backend;
  }, [backend]);

  const common = { reportError, ensureBackendAsync, backend };
  return (
    <>
      <header class="header">
        <Tabs current={tab} onChange={setTab} />
      </header>
      <BackendBadge backend={backend} gpuLost={gpuLost} />
      <ErrorList errors={errors} onDismiss={dismissError} />
      <section class="panel" id="panel-train" role="tabpanel" aria-labelledby="tab-train" hidden={tab !== 'train'}>
        <TrainTab {...common} selection={selection} library={library} onTry={tryStyle} />
      </section>
      <section class="panel" id="panel-colorize" role="tabpanel" aria-labelledby="tab-colorize" hidden={tab !== 'colorize'}>
        <ColorizeTab {...common} selection={selection} library={library} trial={trial} active={tab === 'colorize'} />
      </section>
      <section class="panel" id="panel-styles" role="tabpanel" aria-labelledby="tab-styles" hidden={tab !== 'styles'}>
        <StylesTab library={library} reportError={reportError} />
      </section>
    </>
  );
}
