import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StyleFile } from '../../core/index';
import { CLIENT_STORAGE_QUOTA_BYTES } from '../../core/protocol/limits';
import type { SelectionSummary } from '../../core/protocol/messages';
import { chooseBackendAsync, fallBackAsync, type BackendChoice } from '../lib/chooseBackendAsync';
import { errorMessage } from '../../core/errorMessage';
import { installHarnessHooks } from '../lib/installHarnessHooks';
import type { StyleLibrary } from '../lib/StyleLibrary';
import { onInvalidPluginMessage, onPluginMessage, postToPlugin, startPluginBridge } from '../lib/pluginBridge';
import { isWebglContextLost, onWebglContextLost, watchWebglContext } from '../lib/webglContextEvents';
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
    chooseBackendAsync().then(
      (choice) => {
        setBackend(choice);
        if (choice.canvas) watchWebglContext(choice.canvas);
        installHarnessHooks(choice);
      },
      (error) => reportError(`Could not start TensorFlow.js: ${errorMessage(error)}`),
    );
    const stopLost = onWebglContextLost(() => {
      setGpuLost(true);
      reportError('The GPU dropped its WebGL context. Work in progress was stopped; the next run uses the CPU.');
    });
    return () => {
      stopMessages();
      stopInvalid();
      stopLost();
    };
  }, [reportError]);

  /** Before each job: a lost WebGL context cannot come back, so continue on the CPU. */
  const ensureBackendAsync = useCallback(async (): Promise<BackendChoice> => {
    if (backend && backend.name === 'webgl' && isWebglContextLost()) {
      const choice = await fallBackAsync('the WebGL context was lost', 'lost');
      setBackend(choice);
      return choice;
    }
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
