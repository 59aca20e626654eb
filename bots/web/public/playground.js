// The playground's browser side: sends what the user types or drops, and renders what the
// bot sends over Server-Sent Events, editing messages in place when the bot edits them.
const $ = (id) => document.getElementById(id);
const log = $('log');
const statusLine = $('status');

const clientId = localStorage.getItem('intervai.client') ?? crypto.randomUUID().replaceAll('-', '');
localStorage.setItem('intervai.client', clientId);
$('name').value = localStorage.getItem('intervai.name') ?? '';
$('name').addEventListener('change', () => localStorage.setItem('intervai.name', $('name').value.trim()));

const who = () => new URLSearchParams({ client: clientId, name: $('name').value.trim() || 'Guest' });
const rendered = new Map();

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The small markdown subset the bot writes: **bold**, _italic_, `code`. */
function markdown(text) {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|\W)_(.+?)_(?=\W|$)/g, '$1<em>$2</em>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

function renderInto(node, message) {
  // Files the bot sends come with a download link; the user's own uploads only show their name.
  const files = (message.files ?? []).map((f) => {
    if (!f.url) return `📎 ${escapeHtml(f.name)}`;
    const href = escapeHtml(`${f.url}?${who()}`);
    // Images (the interview report's chart) are shown; other files are download links.
    if (f.mimeType?.startsWith('image/')) return `<img class="chart" src="${href}" alt="${escapeHtml(f.name)}">`;
    return `<a class="file" href="${href}" download="${escapeHtml(f.name)}">📎 ${escapeHtml(f.name)}</a>`;
  });
  node.innerHTML = [markdown(message.text ?? ''), ...files].filter(Boolean).join('\n');
  if (message.buttons?.length) {
    const row = document.createElement('div');
    row.className = 'buttons';
    for (const button of message.buttons) {
      const el = document.createElement('button');
      el.type = 'button';
      el.textContent = button.label;
      if (button.style === 'primary') el.className = 'primary';
      el.addEventListener('click', () => pressButton(button));
      row.append(el);
    }
    node.append(row);
  }
}

function show(message, direction) {
  let node = rendered.get(message.id);
  if (!node) {
    node = document.createElement('div');
    node.className = `msg ${direction}`;
    node.dataset.testid = direction === 'out' ? 'bot-message' : 'user-message';
    log.append(node);
    if (message.id) rendered.set(message.id, node);
  }
  renderInto(node, message);
  log.scrollTop = log.scrollHeight;
}

async function post(path, query, init) {
  statusLine.textContent = '';
  try {
    const response = await fetch(`${path}?${query}`, { method: 'POST', ...init });
    if (!response.ok) statusLine.textContent = (await response.json().catch(() => ({}))).error ?? `The bot answered ${response.status}.`;
  } catch {
    statusLine.textContent = "Can't reach the bot. Is `npm start` still running?";
  }
}

const postJson = (path, body) => post(path, who(), { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

function sendText(text) {
  const id = crypto.randomUUID();
  show({ id, text: text.trim() ? text : '_(empty message)_' }, 'in');
  return postJson('/api/web/messages', { id, text });
}

function sendFile(file) {
  const id = crypto.randomUUID();
  show({ id, text: '', files: [{ name: file.name }] }, 'in');
  const query = who();
  query.set('filename', file.name);
  query.set('id', id);
  return post('/api/web/files', query, { headers: { 'Content-Type': file.type || 'application/octet-stream' }, body: file });
}

function pressButton(button) {
  // Uploading is native here: the button opens the file picker instead of asking the bot.
  if (button.actionId === 'upload-resume') return $('file').click();
  show({ id: crypto.randomUUID(), text: button.label }, 'in');
  return postJson('/api/web/actions', { id: crypto.randomUUID(), actionId: button.actionId, value: button.value });
}

$('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('text').value;
  $('text').value = '';
  sendText(text);
});
$('attach').addEventListener('click', () => $('file').click());
$('file').addEventListener('change', () => {
  for (const file of $('file').files) sendFile(file);
  $('file').value = '';
});
document.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
document.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dragging');
  for (const file of e.dataTransfer.files) sendFile(file);
});

/** Shows the stored conversation in order; runs on every (re)connect, so nothing sent while
 * the stream was down is missed. Messages shown by the stream meanwhile are kept. */
async function loadHistory() {
  try {
    const response = await fetch(`/api/web/history?${who()}`);
    if (!response.ok) return;
    const { messages } = await response.json();
    const historyNodes = new Set(messages.map((m) => rendered.get(m.id)));
    const others = [...log.children].filter((node) => !historyNodes.has(node));
    for (const message of messages) {
      show(message, message.direction);
      log.append(rendered.get(message.id));
    }
    for (const node of others) log.append(node);
    log.scrollTop = log.scrollHeight;
  } catch {
    statusLine.textContent = "Couldn't load the conversation; it will load when the bot is back.";
  }
}

function connect() {
  const events = new EventSource(`/api/web/events?${who()}`);
  const onMessage = (e) => show(JSON.parse(e.data), 'out');
  events.addEventListener('message', onMessage);
  events.addEventListener('edit', onMessage);
  events.addEventListener('open', () => {
    statusLine.textContent = '';
    document.body.dataset.connected = 'true';
    void loadHistory();
  });
  events.addEventListener('error', () => {
    statusLine.textContent = 'Reconnecting to the bot…';
    document.body.dataset.connected = 'false';
  });
}

connect();
$('text').focus();
