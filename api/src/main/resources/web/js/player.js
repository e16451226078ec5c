// The player: runs a timeline from the service on one clock. The position is kept in
// localStorage, so a reload comes back to the same second, paused.
import { exercise } from './api.js';
import { announce, h } from './dom.js';
import { clock, spoken } from './words.js';

export const PLAN_KEY = 'limber.plan';
const POSITION = 'limber.position.';
const AUTOSTART = 'limber.autostart';
const SOUND = 'limber.sound';

export const programKey = (id, session) => `program:${id}/${session}`;
export const planKey = (program) => `plan:${program.id}`;

/** Called by a Start button: the player begins at 0 and runs at once (the tap allows sound). */
export function startFresh(key) {
  localStorage.removeItem(POSITION + key);
  sessionStorage.setItem(AUTOSTART, key);
}

/**
 * The clock's speed: 1 unless the page was opened with ?speed=N (1 to 100), which the browser
 * tests use so that they do not wait real minutes.
 */
function speed() {
  const asked = Number(new URLSearchParams(location.search).get('speed'));
  return Number.isFinite(asked) && asked >= 1 && asked <= 100 ? asked : 1;
}

const KIND_WORDS = { 'get-ready': 'Get ready', exercise: 'Work', rest: 'Rest', 'switch-sides': 'Switch sides' };
const SIDE_WORDS = { left: 'Left side', right: 'Right side', alternate: 'Alternate sides' };

/** Draws the player into {@code view}; answers the function that stops it. */
export async function mountPlayer(view, { key, title, back, timeline }) {
  const segments = timeline.segments;
  const total = timeline.totalSeconds;
  const ids = [...new Set(segments.map((s) => s.exercise).filter(Boolean))];
  const found = new Map((await Promise.all(ids.map(async (id) => [id, await exercise(id)]))));
  const nameOf = (id) => (found.get(id) ? found.get(id).name : id);
  const cueOf = (id) => (found.get(id) && found.get(id).cues && found.get(id).cues.length ? found.get(id).cues[0] : '');
  const rate = speed();

  const saved = JSON.parse(localStorage.getItem(POSITION + key) || 'null');
  const autostart = sessionStorage.getItem(AUTOSTART) === key;
  sessionStorage.removeItem(AUTOSTART);
  const sound = JSON.parse(localStorage.getItem(SOUND) || '{"beep":false,"speak":false}');

  let elapsed = saved && Number.isFinite(saved.elapsed) ? Math.min(Math.max(saved.elapsed, 0), total) : 0;
  let running = false;
  let lastTick = 0;
  let shown = -2;
  let lastSaved = 0;
  let lastPip = null;
  let wakeLock = null;
  let audio = null;

  // ---- the page ----
  const kind = h('p', { class: 'kind', id: 'kind' });
  const move = h('h1', { class: 'move', id: 'move' });
  const side = h('p', { class: 'side', id: 'side' });
  const count = h('p', { class: 'countdown', id: 'countdown', role: 'timer', 'aria-label': 'Seconds left in this part' });
  const cue = h('p', { class: 'cue', id: 'cue' });
  const label = h('p', { class: 'label', id: 'label' });
  const bar = h('div', { class: 'bar-track', 'aria-hidden': 'true' }, h('div', { class: 'bar-fill' }));
  const next = h('p', { class: 'next', id: 'next' });
  const remaining = h('p', { class: 'remaining', id: 'remaining' });
  const status = h('p', { class: 'status', id: 'status' });
  const backButton = h('button', { type: 'button', id: 'back', 'aria-keyshortcuts': 'ArrowLeft', onclick: () => stepBack() }, '‹ Back');
  const pauseButton = h('button', { type: 'button', id: 'pause', class: 'primary', 'aria-keyshortcuts': 'Space', onclick: () => toggle() }, 'Pause');
  const skipButton = h('button', { type: 'button', id: 'skip', 'aria-keyshortcuts': 'ArrowRight', onclick: () => skip() }, 'Skip ›');
  const beepButton = h('button', { type: 'button', id: 'beep', 'aria-pressed': String(sound.beep), onclick: () => setSound('beep') }, 'Beep');
  const speakButton = h('button', { type: 'button', id: 'speak', 'aria-pressed': String(sound.speak), onclick: () => setSound('speak') }, 'Speak');
  if (!('speechSynthesis' in window)) speakButton.disabled = true;
  const root = h('section', { class: 'player', id: 'player', 'aria-label': 'Timer', 'data-speed': rate },
    h('p', { class: 'crumbs' }, h('a', { href: back }, '‹ Back to the card'), ` · ${title}`),
    kind, move, side, count, cue, label, bar, next, remaining, status,
    h('div', { class: 'controls' }, backButton, pauseButton, skipButton),
    h('div', { class: 'sound', role: 'group', 'aria-label': 'Sound' }, beepButton, speakButton),
    h('p', { class: 'hint keys' }, 'Keys: space pauses or resumes, ← goes back, → skips.'));
  view.replaceChildren(root);

  const indexAt = (t) => {
    if (t >= total) return segments.length;
    const i = segments.findIndex((s) => t >= s.start && t < s.end);
    return i < 0 ? segments.length : i;
  };

  function describe(segment) {
    if (!segment) return 'Done';
    if (segment.kind === 'get-ready') return segment.label;
    return segment.label;
  }

  function render() {
    const i = indexAt(elapsed);
    const segment = segments[i];
    root.dataset.elapsed = elapsed.toFixed(2);
    root.dataset.index = String(i);
    root.dataset.running = String(running);
    if (i !== shown) {
      const first = shown === -2;
      shown = i;
      if (!segment) {
        root.dataset.kind = 'done';
        root.dataset.rampUp = 'false';
        root.dataset.side = '';
        kind.textContent = 'Done';
        move.textContent = 'Well done';
        side.textContent = '';
        cue.textContent = '';
        label.textContent = `${title}: ${spoken(total)} done.`;
        next.textContent = '';
        stop(false);
        localStorage.removeItem(POSITION + key);
        if (!first) changed('Done. Well done.');
      } else {
        root.dataset.kind = segment.kind;
        root.dataset.side = segment.side || '';
        root.dataset.start = String(segment.start);
        root.dataset.end = String(segment.end);
        root.dataset.rampUp = String(Boolean(segment.rampUp));
        kind.textContent = segment.rampUp && segment.kind === 'exercise' ? 'Ramp-up set' : KIND_WORDS[segment.kind] || segment.kind;
        const upcoming = segment.kind === 'get-ready' ? segments.slice(i + 1).find((s) => s.exercise) : segment;
        move.textContent = segment.kind === 'rest' ? 'Rest' : upcoming && upcoming.exercise ? nameOf(upcoming.exercise) : segment.label;
        side.textContent = segment.kind === 'switch-sides' ? `Switch → ${SIDE_WORDS[segment.side] || ''}`.trim() : SIDE_WORDS[segment.side] || '';
        cue.textContent = upcoming && upcoming.exercise && segment.kind !== 'rest' ? cueOf(upcoming.exercise) : '';
        label.textContent = describe(segment);
        const after = segments[i + 1];
        next.textContent = after ? `Next: ${after.label}` : 'Next: the end';
        if (!first) changed(segment.label);
        else announce(segment.label);
      }
    }
    const left = segment ? segment.end - elapsed : 0;
    count.textContent = String(Math.max(0, Math.ceil(left - 1e-9)));
    remaining.textContent = `${clock(total - elapsed)} left of ${clock(total)}`;
    const fill = bar.firstChild;
    fill.style.width = `${segment ? ((elapsed - segment.start) / (segment.end - segment.start)) * 100 : 100}%`;
    pauseButton.textContent = running ? 'Pause' : elapsed > 0 && segment ? 'Resume' : segment ? 'Start' : 'Again';
    status.textContent = running ? '' : segment ? (elapsed > 0 ? 'Paused.' : 'Ready when you are.') : '';
    // The last three seconds of a part: a short pip each second.
    if (running && segment && left <= 3 && left > 0) {
      const whole = Math.ceil(left);
      if (whole !== lastPip) {
        lastPip = whole;
        if (sound.beep) beep(660, 0.07);
      }
    }
    if (Date.now() - lastSaved > 1000) save();
  }

  /** A change of part: said in the live region, and beeped or spoken when the user turned it on. */
  function changed(text) {
    announce(text);
    lastPip = null;
    if (sound.beep) beep(990, 0.18);
    if (sound.speak && 'speechSynthesis' in window) {
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
    }
  }

  function beep(frequency, seconds) {
    try {
      if (!audio) audio = new AudioContext();
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.2, audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + seconds);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start();
      oscillator.stop(audio.currentTime + seconds);
    } catch {
      // No audio here: the screen and the live region still say it.
    }
  }

  function setSound(which) {
    sound[which] = !sound[which];
    localStorage.setItem(SOUND, JSON.stringify(sound));
    beepButton.setAttribute('aria-pressed', String(sound.beep));
    speakButton.setAttribute('aria-pressed', String(sound.speak));
    if (which === 'beep' && sound.beep) beep(990, 0.12);
    if (which === 'speak' && sound.speak) window.speechSynthesis.speak(new SpeechSynthesisUtterance('Speech on'));
  }

  function save() {
    lastSaved = Date.now();
    if (elapsed < total) localStorage.setItem(POSITION + key, JSON.stringify({ elapsed }));
  }

  function tick() {
    if (!running) return;
    const now = performance.now();
    elapsed = Math.min(total, elapsed + ((now - lastTick) / 1000) * rate);
    lastTick = now;
    render();
  }

  async function lockScreen() {
    try {
      if ('wakeLock' in navigator && document.visibilityState === 'visible' && !wakeLock) {
        wakeLock = await navigator.wakeLock.request('screen');
        wakeLock.addEventListener('release', () => { wakeLock = null; });
      }
    } catch {
      wakeLock = null; // Not allowed here (battery saver, a headless browser): the timer runs anyway.
    }
  }

  function unlockScreen() {
    if (wakeLock) wakeLock.release().catch(() => {});
    wakeLock = null;
  }

  function begin() {
    if (elapsed >= total) {
      elapsed = 0;
      shown = -1;
    }
    running = true;
    lastTick = performance.now();
    if (audio && audio.state === 'suspended') audio.resume().catch(() => {});
    lockScreen();
    render();
  }

  function stop(keep = true) {
    if (running) tick();
    running = false;
    unlockScreen();
    if (keep) save();
  }

  function toggle() {
    if (running) {
      stop();
      announce('Paused.');
    } else {
      begin();
    }
    render();
  }

  function jumpTo(t) {
    elapsed = Math.min(Math.max(t, 0), total);
    lastTick = performance.now();
    render();
    save();
  }

  function skip() {
    const i = indexAt(elapsed);
    jumpTo(i < segments.length ? segments[i].end : total);
  }

  function stepBack() {
    const i = indexAt(elapsed);
    const segment = segments[Math.min(i, segments.length - 1)];
    if (i < segments.length && elapsed - segment.start > 2) jumpTo(segment.start);
    else jumpTo(i > 0 ? segments[i - 1].start : 0);
  }

  const onKey = (event) => {
    if (event.target.closest && event.target.closest('input, select, textarea')) return;
    if (event.key === ' ' || event.code === 'Space') {
      event.preventDefault();
      toggle();
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      skip();
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      stepBack();
    }
  };
  // Space on a focused button would also click it when the key comes up: the keydown above has
  // already paused or resumed.
  const onKeyUp = (event) => {
    if ((event.key === ' ' || event.code === 'Space') && !(event.target.closest && event.target.closest('input, select, textarea'))) {
      event.preventDefault();
    }
  };
  const onVisible = () => { if (running && document.visibilityState === 'visible') lockScreen(); };
  const onHide = () => save();
  document.addEventListener('keydown', onKey);
  document.addEventListener('keyup', onKeyUp);
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('pagehide', onHide);
  const timer = setInterval(tick, 100);

  render();
  if (autostart) begin();
  else if (saved && elapsed > 0) status.textContent = `Paused at ${clock(elapsed)}: press Resume or space to go on.`;
  // The timer at the top of the screen, the keys on the pause button.
  root.scrollIntoView({ block: 'start' });
  pauseButton.focus({ preventScroll: true });

  return () => {
    stop();
    clearInterval(timer);
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('keyup', onKeyUp);
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('pagehide', onHide);
    if ('speechSynthesis' in window) window.speechSynthesis.cancel();
  };
}
