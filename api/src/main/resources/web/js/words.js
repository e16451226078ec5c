// How the page words times and doses for people: the service's own way ("5 min 30 s").

/** 330 → "5 min 30 s", 60 → "1 min", 45 → "45 s", 3600 → "1 h". */
export function spoken(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const parts = [];
  if (h) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  if (rest || parts.length === 0) parts.push(`${rest} s`);
  return parts.join(' ');
}

/** 330 → "5:30" for a clock face. */
export function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A document duration ("1m30s", "30s", "PT45M") as seconds. */
export function durationSeconds(text) {
  if (!text) return 0;
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/i.exec(text);
  const short = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/i.exec(text);
  const m = iso || short;
  if (!m) return 0;
  return (Number(m[1] || 0) * 3600) + (Number(m[2] || 0) * 60) + Number(m[3] || 0);
}

/** A step's dose in words: "30 s each side", "10 reps × 2 sets", "1 min". */
export function dose(step) {
  const parts = [];
  if (step.duration) parts.push(spoken(durationSeconds(step.duration)));
  if (step.reps) parts.push(`${step.reps} reps`);
  if (step.hold) parts.push(`hold ${spoken(durationSeconds(step.hold))}`);
  let text = parts.join(', ') || 'as you like';
  if (step.perSide) text += ' each side';
  if (step.sets && step.sets > 1) text += ` × ${step.sets} sets`;
  return text;
}

/** An area's name as a person writes it: "lower-back" → "lower back". */
export const area = (name) => name.replaceAll('-', ' ');

/** "a, b and c" */
export function list(words) {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
