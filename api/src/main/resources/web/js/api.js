// The one place the page talks to the service: the documented /api/v1, same origin.
const BASE = '/api/v1';

/** An answer the service refused, with the problem's detail as its message. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `The service answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
}

async function request(path, { method = 'GET', accept = 'application/json', body, token } = {}) {
  const headers = { Accept: `${accept}, application/problem+json;q=0.5` };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch(BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { detail: 'The service cannot be reached. Is it running?' });
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = null;
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

const json = async (path, options) => (await request(path, options)).json();
const text = async (path, options) => (await request(path, options)).text();
const q = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '')).toString();

export const api = {
  programs: (page = 0) => json(`/programs?${q({ page, size: 100 })}`),
  program: (id) => json(`/programs/${encodeURIComponent(id)}`),
  findings: (id) => json(`/programs/${encodeURIComponent(id)}/findings`),
  exercise: (id) => json(`/exercises/${encodeURIComponent(id)}`),
  timeline: (id, session) => json(`/programs/${encodeURIComponent(id)}/timeline?${q({ session })}`),
  timelineOf: (program) => json('/timelines', { method: 'POST', body: program }),
  cardUrl: (id, session) => `${BASE}/programs/${encodeURIComponent(id)}/card?${q({ session })}`,
  cardHtml: (id, session) => text(`/programs/${encodeURIComponent(id)}/card?${q({ session })}`, { accept: 'text/html' }),
  warmUp: (body) => json('/warm-ups', { method: 'POST', body }),
  deskBreaks: (params) => json(`/desk-breaks?${q(params)}`),
  deskBreaksCalendar: async (params) => (await request(`/desk-breaks?${q(params)}`, { accept: 'text/calendar' })).blob(),
  saveProgram: (program, token) => json(`/programs/${encodeURIComponent(program.id)}`, { method: 'PUT', body: program, token }),
};

/** Every program, page after page. */
export async function allPrograms() {
  const items = [];
  for (let page = 0; ; page++) {
    const answer = await api.programs(page);
    items.push(...answer.items);
    if (!answer.hasNext) {
      return items;
    }
  }
}

const exercises = new Map();
/** An exercise by id, asked once per page load; null when the catalog lacks it. */
export function exercise(id) {
  if (!exercises.has(id)) {
    exercises.set(id, api.exercise(id).catch(() => null));
  }
  return exercises.get(id);
}
