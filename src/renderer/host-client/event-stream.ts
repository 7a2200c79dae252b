// Server-sent events read with fetch, so the request can carry the Authorization header
// (EventSource cannot send headers, and a cookie would reach every port of the host).
export type EventFrameHandler = (event: string, data: string) => void;

/** Parses "event:" / "data:" frames out of a text stream; returns what is left of an unfinished frame. */
export function parseFrames(buffer: string, onFrame: EventFrameHandler): string {
  let rest = buffer;
  for (let end = rest.indexOf('\n\n'); end !== -1; end = rest.indexOf('\n\n')) {
    const frame = rest.slice(0, end);
    rest = rest.slice(end + 2);
    let event = 'message';
    const data: string[] = [];
    for (const line of frame.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length) onFrame(event, data.join('\n'));
  }
  return rest;
}

/** Keeps one event stream open, reconnecting after a pause when the connection drops. */
export function openEventStream(url: string, headers: () => Promise<Record<string, string>>, onFrame: EventFrameHandler): void {
  const connect = async (): Promise<void> => {
    const response = await fetch(url, { headers: await headers(), cache: 'no-store' });
    // A refused token does not get better by asking again.
    if (response.status === 401 || response.status === 403) return;
    if (!response.ok || !response.body) throw new Error(`event stream failed (${response.status})`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer = parseFrames(buffer + value, onFrame);
    }
    throw new Error('event stream ended');
  };
  const loop = (): void => {
    connect().catch(() => setTimeout(loop, 1000));
  };
  loop();
}
