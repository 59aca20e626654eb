// A programmatic playground user: speaks the web adapter's HTTP + Server-Sent Events protocol,
// like the browser page does. Used by integration tests and `npm run bench`.
import { randomUUID } from 'node:crypto';

export interface ShownEvent {
  event: 'message' | 'edit';
  id: string;
  text: string;
  buttons: Array<{ label: string; actionId: string; value: string }>;
  /** Files the bot sent, with their download links. */
  files?: Array<{ name: string; url: string }>;
}

export class PlaygroundClient {
  readonly clientId: string;
  readonly events: ShownEvent[] = [];
  private waiters: Array<() => void> = [];
  private abort = new AbortController();

  /** baseUrl ends with '/': the playground root, e.g. http://localhost:3000/ */
  /** Pass an earlier client's id to act as the same browser tab after a reload. */
  constructor(
    private readonly baseUrl: string,
    private readonly name = 'Tester',
    clientId = randomUUID().replaceAll('-', ''),
  ) {
    this.clientId = clientId;
  }

  private query(extra: Record<string, string> = {}) {
    return new URLSearchParams({ client: this.clientId, name: this.name, ...extra });
  }

  /** Opens the event stream; resolves once the server has accepted it. */
  async connect(): Promise<void> {
    const response = await fetch(new URL(`api/web/events?${this.query()}`, this.baseUrl), { signal: this.abort.signal });
    if (!response.ok || !response.body) throw new Error(`event stream refused: ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            this.onFrame(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
        }
      } catch {
        // closed by disconnect()
      }
    })();
  }

  private onFrame(frame: string) {
    const event = /^event: (\w+)$/m.exec(frame)?.[1];
    const data = /^data: (.*)$/m.exec(frame)?.[1];
    if (!event || !data) return;
    this.events.push({ event: event as ShownEvent['event'], ...JSON.parse(data) });
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Latest text of each shown message, in the order they first appeared. */
  messages(): string[] {
    const latest = new Map<string, string>();
    for (const e of this.events) latest.set(e.id, e.text);
    return [...latest.values()];
  }

  /** Resolves with the first event matching, waiting for it if needed. */
  async waitFor(predicate: (e: ShownEvent) => boolean, timeoutMs = 15_000): Promise<ShownEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching event; saw: ${JSON.stringify(this.messages())}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async say(text: string): Promise<Response> {
    return fetch(new URL(`api/web/messages?${this.query()}`, this.baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: randomUUID(), text }),
    });
  }

  async press(actionId: string, value: string): Promise<Response> {
    return fetch(new URL(`api/web/actions?${this.query()}`, this.baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: randomUUID(), actionId, value }),
    });
  }

  async upload(fileName: string, bytes: Buffer, contentType = 'application/octet-stream'): Promise<Response> {
    return fetch(new URL(`api/web/files?${this.query({ filename: fileName, id: randomUUID() })}`, this.baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body: new Uint8Array(bytes),
    });
  }

  /** Fetches a file the bot sent, as the tab's download link does. */
  async download(url: string): Promise<Response> {
    return fetch(new URL(`${url.replace(/^\//, '')}?${this.query()}`, this.baseUrl));
  }

  disconnect(): void {
    this.abort.abort();
  }
}
