import { useEffect, useRef, useState } from 'react';

type Handlers = Record<string, (data: string) => void>;

/**
 * Follows a server-sent event stream while `url` is set. The browser reconnects by itself after a
 * dropped connection; when the server refuses (the stream is closed for good) we retry after a pause,
 * so a console left open all morning comes back after a server restart.
 */
export function useEventSource(url: string | null, handlers: Handlers): { connected: boolean } {
  const [connected, setConnected] = useState(false);
  // Handlers change every render; the connection must not.
  const latest = useRef(handlers);
  latest.current = handlers;
  const names = Object.keys(handlers).sort().join(',');

  useEffect(() => {
    if (!url) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    const open = () => {
      source = new EventSource(url, { withCredentials: true });
      source.onopen = () => setConnected(true);
      source.onerror = () => {
        setConnected(false);
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          retry = setTimeout(open, 5_000);
        }
      };
      for (const name of names.split(',').filter(Boolean)) {
        source.addEventListener(name, (e) => latest.current[name]?.((e as MessageEvent<string>).data));
      }
    };
    open();
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      source?.close();
      setConnected(false);
    };
  }, [url, names]);

  return { connected };
}
