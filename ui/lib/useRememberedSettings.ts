import { useEffect, useRef, useState } from 'preact/hooks';
import type { RememberedSettings, UiMessage } from '../../core/protocol/messages';
import { newRequestId } from './newRequestId';
import { postToPlugin } from './pluginBridge';
import { requestAsync } from './requestAsync';

/**
 * A tab's choices, remembered between sessions: the iframe has no localStorage, so the sandbox keeps them in
 * figma.clientStorage (LOAD_SETTINGS / SAVE_SETTINGS). What was stored replaces `initial` once it arrives, unless
 * the designer already chose; `change(next, false)` shows a choice without remembering it (one not valid yet).
 */
export function useRememberedSettings<N extends keyof RememberedSettings, T extends NonNullable<RememberedSettings[N]>>(
  name: N,
  initial: T,
): readonly [T, (next: T, remember?: boolean) => void] {
  const [value, setValue] = useState(initial);
  const chosen = useRef(false);
  useEffect(() => {
    requestAsync({ type: 'LOAD_SETTINGS', requestId: newRequestId('settings') }, ['SETTINGS']).then(
      (reply) => {
        if (reply[name] && !chosen.current) setValue(reply[name] as T);
      },
      () => undefined, // not remembered: the defaults stand
    );
  }, []);
  const change = (next: T, remember = true) => {
    setValue(next);
    chosen.current = true;
    if (remember) postToPlugin({ type: 'SAVE_SETTINGS', [name]: next } as UiMessage);
  };
  return [value, change];
}
