import { EventEmitter } from 'node:events';
import type { LiveEvents } from '@truongan/core';

/** Live updates inside one process (the mini-PC default). Screens subscribe per topic, e.g. `class:<id>`. */
export function inProcessLiveEvents(): LiveEvents {
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  return {
    publish: (topic, event) => { bus.emit(topic, event); },
    subscribe: (topic, listener) => { bus.on(topic, listener); return () => { bus.off(topic, listener); }; },
  };
}
