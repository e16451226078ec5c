// The page's router: each hash route draws one view into <main id="view">.
import { allPrograms, api, exercise } from './api.js';
import { announce, clearError, h, showError } from './dom.js';
import { area, dose, list, plural, spoken } from './words.js';
import { PLAN_KEY, mountPlayer, planKey, programKey, startFresh } from './player.js';

const view = document.getElementById('view');
let unmount = () => {};

const routes = [
  [/^#?\/?$/, home],
  [/^#\/program\/([^/]+)\/([^/]+)$/, (id, session) => sessionView(decodeURIComponent(id), decodeURIComponent(session))],
  [/^#\/play\/([^/]+)\/([^/]+)$/, (id, session) => play(decodeURIComponent(id), decodeURIComponent(session))],
  [/^#\/play-plan$/, playPlan],
  [/^#\/warm-up$/, builder],
  [/^#\/desk-breaks$/, deskBreaks],
];

async function route() {
  unmount();
  unmount = () => {};
  clearError();
  view.setAttribute('aria-busy', 'true');
  const hash = location.hash || '#/';
  const match = routes.map(([pattern, draw]) => [pattern.exec(hash), draw]).find(([m]) => m);
  try {
    if (!match) {
      draw(h('h1', {}, 'Nothing here'), h('p', {}, h('a', { href: '#/' }, 'Back to the programs')));
    } else {
      const [m, drawView] = match;
      const cleanup = await drawView(...m.slice(1));
      if (typeof cleanup === 'function') unmount = cleanup;
    }
  } catch (error) {
    showError(error);
  } finally {
    view.setAttribute('aria-busy', 'false');
  }
}

function draw(...children) {
  view.replaceChildren(...children);
}

const sessionHref = (id, session) => `#/program/${encodeURIComponent(id)}/${encodeURIComponent(session)}`;
const playHref = (id, session) => `#/play/${encodeURIComponent(id)}/${encodeURIComponent(session)}`;

// ---- Home: the programs, searchable, with sessions, total time and findings in words ----

async function home() {
  document.title = 'Limber';
  const programs = await allPrograms();
  const search = h('input', { type: 'search', id: 'search', placeholder: 'Search by name, tag or move', 'aria-label': 'Search programs', autocomplete: 'off' });
  const count = h('p', { class: 'count-line', 'aria-live': 'polite' });
  const items = programs.map((program) => {
    const findings = h('div', { class: 'findings' }, 'Checking against the guidelines…');
    api.findings(program.id).then((report) => findings.replaceChildren(...findingsInWords(report)))
      .catch(() => findings.replaceChildren('The guideline check could not be read.'));
    const item = h('li', { class: 'program', 'data-id': program.id },
      h('h2', {}, program.name),
      h('p', { class: 'total' }, h('strong', {}, spoken(program.totalSeconds)), program.sessions.length > 1 ? ` in all, ${plural(program.sessions.length, 'session')}` : ''),
      program.description ? h('p', { class: 'description' }, program.description) : null,
      program.tags && program.tags.length ? h('p', { class: 'tags' }, program.tags.map((tag) => h('span', { class: 'tag' }, tag))) : null,
      h('ul', { class: 'sessions' }, program.sessions.map((session) => h('li', {},
        h('a', { href: sessionHref(program.id, session.name), class: 'session-link' }, session.name),
        ' · ', h('span', { class: 'session-total' }, spoken(session.totalSeconds)),
        session.days && session.days.length ? ` · ${session.days.join(', ')}` : ''))),
      findings);
    item.dataset.text = [program.name, program.id, program.description || '', ...(program.tags || []),
      ...program.sessions.map((s) => s.name), ...exercisesOf(program)].join(' ').toLowerCase();
    return item;
  });
  const listElement = h('ul', { class: 'programs' }, items);
  const filter = () => {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const hit = words.every((word) => item.dataset.text.includes(word));
      item.hidden = !hit;
      if (hit) shown++;
    }
    count.textContent = words.length ? `${plural(shown, 'program')} of ${programs.length} match.` : `${plural(programs.length, 'program')}.`;
  };
  search.addEventListener('input', filter);
  filter();
  draw(h('h1', {}, 'Programs'), h('p', { class: 'lead' }, 'Pick a session to see its card and follow it with the timer.'),
    h('div', { class: 'search' }, search), count, listElement);
}

function exercisesOf(program) {
  const ids = [];
  const walk = (steps) => steps.forEach((step) => { if (step.exercise) ids.push(step.exercise.replaceAll('-', ' ')); if (step.steps) walk(step.steps); });
  program.sessions.forEach((session) => session.phases.forEach((phase) => walk(phase.steps)));
  return ids;
}

/** The findings summarised for people: whether it passes, and what the errors and warnings say. */
function findingsInWords(report) {
  const serious = report.findings.filter((f) => f.severity !== 'info');
  const notes = report.findings.length - serious.length;
  let headline;
  if (report.errors === 0 && report.warnings === 0) {
    headline = 'Follows every guideline' + (notes ? ` (${plural(notes, 'note')})` : '') + '.';
  } else {
    const parts = [];
    if (report.errors) parts.push(plural(report.errors, 'problem'));
    if (report.warnings) parts.push(plural(report.warnings, 'warning'));
    headline = `Guidelines: ${list(parts)}` + (notes ? `, ${plural(notes, 'note')}` : '') + '.';
  }
  const status = h('p', { class: `verdict ${report.passes ? 'passes' : 'fails'}` }, headline);
  if (report.findings.length === 0) return [status];
  return [status, h('details', {}, h('summary', {}, 'What the guidelines say'),
    h('ul', {}, report.findings.map((f) => h('li', { class: `finding ${f.severity}` },
      h('span', { class: 'severity' }, f.severity === 'info' ? 'Note' : f.severity === 'warning' ? 'Warning' : 'Problem'), ': ',
      f.message, f.location && f.location.description ? ` (${f.location.description})` : ''))))];
}

// ---- A session: the card on screen, print the service's card, start ----

async function sessionView(id, sessionName) {
  const [program, html] = await Promise.all([api.program(id), api.cardHtml(id, sessionName)]);
  const session = program.sessions.find((s) => s.name === sessionName);
  if (!session) throw new Error(`${program.name} has no session named ${sessionName}.`);
  document.title = `${session.name} · ${program.name} · Limber`;
  // The card's own stylesheet is for paper (A6 sheets); on screen the page's applies. It is left
  // out before parsing, as the page's Content-Security-Policy allows no inline style.
  const parsed = new DOMParser().parseFromString(html.replace(/<style[\s\S]*?<\/style>/gi, ''), 'text/html');
  parsed.querySelectorAll('script, style, link, iframe, object').forEach((node) => node.remove());
  const card = parsed.querySelector('main.card') || parsed.body;
  const cardHolder = h('section', { class: 'card-view', 'aria-label': 'Routine card' });
  cardHolder.append(...Array.from(card.childNodes).map((node) => document.importNode(node, true)));
  const start = h('button', { type: 'button', class: 'primary big', id: 'start', onclick: () => { startFresh(programKey(id, sessionName)); location.hash = playHref(id, sessionName); } }, 'Start');
  const print = h('button', { type: 'button', id: 'print', onclick: () => printCard(id, sessionName) }, 'Print card');
  draw(h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Programs'), ' › ', program.name),
    h('h1', {}, session.name),
    h('p', { class: 'total' }, h('strong', {}, spoken(session.totalSeconds)), ` · ${program.name}`),
    h('div', { class: 'actions' }, start, print),
    cardHolder);
  start.focus();
}

/** Prints the card exactly as the service serves it as HTML (A6 sheets), from a hidden frame. */
function printCard(id, session) {
  document.querySelectorAll('iframe.print-frame').forEach((frame) => frame.remove());
  const frame = h('iframe', { class: 'print-frame', title: 'The card, for printing', src: api.cardUrl(id, session) });
  frame.addEventListener('load', () => {
    frame.dataset.loaded = 'true';
    frame.contentWindow.focus();
    frame.contentWindow.print();
  }, { once: true });
  document.body.append(frame);
}

// ---- The player ----

async function play(id, sessionName) {
  const timeline = await api.timeline(id, sessionName);
  const program = await api.program(id);
  document.title = `${sessionName} · Limber`;
  return mountPlayer(view, {
    key: programKey(id, sessionName),
    title: `${program.name} · ${sessionName}`,
    back: sessionHref(id, sessionName),
    timeline,
  });
}

async function playPlan() {
  const saved = localStorage.getItem(PLAN_KEY);
  if (!saved) {
    draw(h('h1', {}, 'No warm-up to play'), h('p', {}, h('a', { href: '#/warm-up' }, 'Build one first.')));
    return undefined;
  }
  const program = JSON.parse(saved);
  const timeline = await api.timelineOf(program);
  document.title = 'Your warm-up · Limber';
  return mountPlayer(view, { key: planKey(program), title: program.name, back: '#/warm-up', timeline });
}

// ---- The warm-up builder ----

const AREAS = ['hamstrings', 'glutes', 'hips', 'lower-back', 'hip-flexors', 'quadriceps', 'calves', 'adductors',
  'abductors', 'pelvis', 'spine', 'abdominals', 'obliques', 'middle-back', 'shoulders', 'chest', 'neck'];
const ARTICLE_AREAS = ['hamstrings', 'glutes', 'hips', 'lower-back'];

async function builder() {
  document.title = 'Warm-up builder · Limber';
  const boxes = AREAS.map((name) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'area', value: name, checked: ARTICLE_AREAS.includes(name) }), ` ${area(name)}`));
  const min = h('input', { type: 'number', id: 'min-minutes', min: 1, max: 60, value: 5, inputmode: 'numeric' });
  const max = h('input', { type: 'number', id: 'max-minutes', min: 1, max: 60, value: 10, inputmode: 'numeric' });
  const result = h('section', { id: 'plan', 'aria-live': 'polite' });
  const form = h('form', { class: 'builder', onsubmit: async (event) => {
    event.preventDefault();
    clearError();
    const targets = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    try {
      const plan = await api.warmUp({ targets, minMinutes: Number(min.value), maxMinutes: Number(max.value) });
      await showPlan(result, plan);
    } catch (error) {
      showError(error);
    }
  } },
  h('fieldset', {}, h('legend', {}, 'Areas to warm up'),
    h('p', { class: 'hint' }, 'The article warms up hamstrings, glutes, hips and the lower back before leg day.'),
    h('div', { class: 'checks' }, boxes)),
  h('fieldset', { class: 'window' }, h('legend', {}, 'Time window (minutes)'),
    h('label', { for: 'min-minutes' }, 'At least '), min, h('label', { for: 'max-minutes' }, ' at most '), max),
  h('button', { type: 'submit', class: 'primary', id: 'build' }, 'Build the warm-up'));
  draw(h('h1', {}, 'Warm-up builder'), form, result);
}

async function showPlan(holder, plan) {
  const names = await Promise.all(plan.steps.map((step) => exercise(step.exercise)));
  const requested = new Set(plan.requested);
  const steps = plan.steps.map((step, i) => {
    const found = names[i];
    const primary = found ? found.primary.filter((t) => requested.has(t)) : [];
    const secondary = found ? (found.secondary || []).filter((t) => requested.has(t)) : [];
    const why = primary.length
      ? `Chosen for your ${list(primary.map(area))}: it works them directly.`
      : secondary.length ? `Chosen for your ${list(secondary.map(area))}, which it also works.` : 'Chosen to fill the time.';
    return h('li', { class: 'plan-step' },
      h('strong', {}, found ? found.name : step.exercise), ' · ', h('span', { class: 'dose' }, dose(step)),
      step.note ? h('span', { class: 'note' }, ` (${step.note})`) : null,
      h('p', { class: 'reason' }, why));
  });
  const lines = [];
  if (plan.covered.length) lines.push(h('p', {}, `Covers ${list(plan.covered.map(area))}.`));
  if (plan.uncovered.length) lines.push(h('p', { class: 'warn' }, `Not covered within the time: ${list(plan.uncovered.map(area))}.`));
  if (plan.noCandidate.length) lines.push(h('p', { class: 'warn' }, `No warm-up move in the catalog works ${list(plan.noCandidate.map(area))}.`));
  if (plan.shortOfMinimumSeconds > 0) lines.push(h('p', { class: 'warn' }, `${spoken(plan.shortOfMinimumSeconds)} short of the minimum: the catalog has no more moves for these areas.`));
  plan.notes.forEach((note) => lines.push(h('p', { class: 'note' }, note)));
  const program = {
    id: 'my-warm-up',
    name: 'My warm-up',
    tags: ['warm-up'],
    sessions: [{ name: 'Warm-up', phases: [{ phase: 'warm-up', steps: plan.steps }] }],
  };
  const start = h('button', { type: 'button', class: 'primary big', id: 'start-plan', onclick: () => {
    localStorage.setItem(PLAN_KEY, JSON.stringify(program));
    startFresh(planKey(program));
    location.hash = '#/play-plan';
  } }, 'Start this warm-up');
  holder.replaceChildren(h('h2', {}, `Your warm-up · ${spoken(plan.totalSeconds)}`), ...lines,
    h('ol', { class: 'plan' }, steps), h('div', { class: 'actions' }, start), saveForm(program));
  announce(`Warm-up planned: ${plural(plan.steps.length, 'move')}, ${spoken(plan.totalSeconds)}.`);
}

/** Saving needs the admin token: asked here, sent as a bearer header, never stored. */
function saveForm(program) {
  const name = h('input', { id: 'save-name', value: program.name, required: true, maxlength: 200 });
  const token = h('input', { id: 'save-token', type: 'password', required: true, autocomplete: 'off' });
  const said = h('p', { class: 'saved', 'aria-live': 'polite' });
  return h('details', { class: 'save' }, h('summary', {}, 'Save as a program…'),
    h('form', { onsubmit: async (event) => {
      event.preventDefault();
      clearError();
      const id = name.value.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'my-warm-up';
      try {
        const saved = await api.saveProgram({ ...program, id, name: name.value.trim() }, token.value.trim());
        said.replaceChildren('Saved as ', h('a', { href: sessionHref(saved.id, saved.sessions[0].name) }, saved.name), '.');
      } catch (error) {
        showError(error);
      } finally {
        token.value = '';
      }
    } },
    h('p', {}, h('label', { for: 'save-name' }, 'Name '), name),
    h('p', {}, h('label', { for: 'save-token' }, 'Admin token '), token),
    h('p', { class: 'hint' }, 'Reading and playing need no token; saving does. It is sent once and not kept.'),
    h('button', { type: 'submit' }, 'Save'), said));
}

// ---- Desk breaks ----

async function deskBreaks() {
  document.title = 'Desk breaks · Limber';
  const start = h('input', { type: 'time', id: 'start-time', value: '09:00', required: true });
  const end = h('input', { type: 'time', id: 'end-time', value: '17:00', required: true });
  const every = h('select', { id: 'every' }, [30, 40, 45, 50, 60].map((m) => h('option', { value: `${m}m`, selected: m === 45 }, `${m} minutes`)));
  const result = h('section', { id: 'breaks', 'aria-live': 'polite' });
  const params = () => ({ start: start.value, end: end.value, every: every.value });
  const form = h('form', { class: 'desk', onsubmit: async (event) => {
    event.preventDefault();
    clearError();
    try {
      const plan = await api.deskBreaks(params());
      const download = h('button', { type: 'button', id: 'download-ics', onclick: () => downloadCalendar(params()) }, 'Download calendar (.ics)');
      result.replaceChildren(
        h('h2', {}, `${plural(plan.breaks.length, 'break')}, one every ${every.selectedOptions[0].textContent}`),
        h('p', {}, `Each break: ${plan.routine.name}, ${spoken(plan.routine.totalSeconds)}.`),
        h('ul', { class: 'routine' }, await Promise.all(plan.routine.steps.map(async (step) => {
          const found = await exercise(step.exercise);
          return h('li', {}, found ? found.name : step.exercise, ' · ', dose(step));
        }))),
        h('ol', { class: 'break-list' }, plan.breaks.map((b) => h('li', {}, `${b.at.slice(0, 5)} to ${b.until.slice(0, 5)}`))),
        h('div', { class: 'actions' }, download),
        h('p', { class: 'hint' }, 'The calendar repeats each break Monday to Friday; importing a newer file updates the same events.'));
    } catch (error) {
      showError(error);
    }
  } },
  h('p', {}, h('label', { for: 'start-time' }, 'Workday from '), start, h('label', { for: 'end-time' }, ' to '), end),
  h('p', {}, h('label', { for: 'every' }, 'A break every '), every),
  h('button', { type: 'submit', class: 'primary', id: 'plan-breaks' }, 'Plan the breaks'));
  draw(h('h1', {}, 'Desk breaks'), h('p', { class: 'lead' }, 'Stand up every 30 to 60 minutes through the working day.'), form, result);
}

async function downloadCalendar(params) {
  clearError();
  try {
    const blob = await api.deskBreaksCalendar(params);
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: 'limber-desk-breaks.ics', hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    announce('The calendar file is downloading.');
  } catch (error) {
    showError(error);
  }
}

window.addEventListener('hashchange', route);
route();
