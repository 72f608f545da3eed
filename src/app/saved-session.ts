/**
 * Reading a saved session back, through the answers file's own strict
 * reader (`readAnswersFile`: the schema, then every answer replayed through
 * the machine's guards), so a save is trusted exactly as a file is. A save
 * of the older format (the machine's snapshot) is read as the file its
 * answers make. One bad field costs that field: it is set aside and named,
 * and the rest is offered to keep. Loaded only when there is a save.
 */
import { createActor, type Snapshot } from 'xstate';
import { readAnswersFile } from '../../machines/answers-file.ts';
import { toAnswersFile } from '../../machines/answers-export.ts';
import { parseStrictJson } from '../../machines/answers-text.ts';
import {
  InvalidAnswersError,
  type AnswerIssue,
} from '../../machines/answers-schema.ts';
import { workupMachine } from '../../machines/workup.machine.ts';
import type {
  Answers,
  Audience,
  WorkupInput,
} from '../../machines/workup.types.ts';
import { sessionUi } from '../../content/ui/session.ts';
import { uiTextFrom } from '../shared/lib/ui-text.ts';
import {
  savedRaw,
  type LoadedSession,
  type SavedEdit,
  type Store,
} from './persistence.ts';

const uiText = uiTextFrom(sessionUi);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isAudience = (v: unknown): v is Audience =>
  v === 'clinician' || v === 'learner';

/** The groups whose rows are set aside one by one. */
const groups = new Set(['serology', 'genetics', 'specialized']);

/** The longest saved blob read at all (characters). */
const maxSavedChars = 1_000_000;

/** `value` without own `__proto__` keys, at any depth (iteratively). */
function withoutProtoKeys(value: unknown): unknown {
  const stack = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    if (Object.hasOwn(item, '__proto__'))
      delete (item as Record<string, unknown>)['__proto__'];
    stack.push(...Object.values(item));
  }
  return value;
}

/** How many rounds of setting fields aside are tried before giving up. */
const maxRounds = 40;

const describe = (issue: AnswerIssue) => `${issue.field}: ${issue.reason}`;

/**
 * Sets aside the part of `file` an issue is about: a row of a group, an
 * entry of a list, a field, or the unknown keys it names. False when the
 * issue names nothing that can be set aside.
 */
function setAside(file: Record<string, unknown>, issue: AnswerIssue): boolean {
  const path = issue.path ?? [];
  if (issue.keys?.length) {
    let at: unknown = file;
    for (const key of path) at = isRecord(at) ? at[key as string] : undefined;
    if (!isRecord(at)) return false;
    for (const key of issue.keys) delete at[key];
    return true;
  }
  const [head, second] = path;
  if (typeof head !== 'string' || !(head in file)) return false;
  const value = file[head];
  if (groups.has(head) && typeof second === 'string' && isRecord(value)) {
    if (!(second in value)) return false;
    delete value[second];
    return true;
  }
  if (typeof second === 'number' && Array.isArray(value)) {
    if (second >= value.length) return false;
    value.splice(second, 1);
    return true;
  }
  delete file[head];
  return true;
}

/** The fields of a file besides its stamp and audience. */
const answerFields = (file: Record<string, unknown>) =>
  Object.keys(file).filter(
    (key) => key !== 'audience' && key !== 'contentVersion',
  );

/**
 * Reads a saved answers file field by field: what reads, and what was set
 * aside (with why). `input` is null when not even the audience reads.
 */
export function readLeniently(saved: unknown): {
  input: WorkupInput | null;
  dropped: AnswerIssue[];
} {
  const dropped: AnswerIssue[] = [];
  if (!isRecord(saved)) {
    return {
      input: null,
      dropped: [
        { field: '(answers)', reason: uiText('session.saved-partial') },
      ],
    };
  }
  const file = JSON.parse(JSON.stringify(saved)) as Record<string, unknown>;
  if ('audience' in file && !isAudience(file.audience)) {
    dropped.push({
      field: 'audience',
      reason: uiText('session.saved-mismatch'),
    });
    delete file.audience;
  }
  const audienceOnly = (): WorkupInput =>
    isAudience(file.audience) ? { audience: file.audience } : {};
  for (let round = 0; round < maxRounds; round++) {
    if (file.gestationalAgeWeeks === undefined) {
      // Nothing is asked before the gestational age: the rest cannot be
      // read without it (every result is timed against it).
      for (const field of answerFields(file))
        dropped.push({ field, reason: uiText('session.saved-without-age') });
      return { input: audienceOnly(), dropped };
    }
    try {
      return { input: readAnswersFile(file).input, dropped };
    } catch (error) {
      if (!(error instanceof InvalidAnswersError)) {
        dropped.push({
          field: '(answers)',
          reason: uiText('session.saved-mismatch'),
        });
        return { input: audienceOnly(), dropped };
      }
      let progressed = false;
      // Lists from the end, so the indices of the others hold.
      const index = (issue: AnswerIssue) =>
        typeof issue.path?.[1] === 'number' ? issue.path[1] : -1;
      const issues = [...error.issues].sort((a, b) => index(b) - index(a));
      for (const issue of issues) {
        if (setAside(file, issue)) {
          dropped.push(issue);
          progressed = true;
        }
      }
      if (!progressed) {
        for (const issue of error.issues) dropped.push(issue);
        for (const field of answerFields(file)) delete file[field];
      }
    }
  }
  return { input: audienceOnly(), dropped };
}

/** The consult started from `input`, with the saved edit reopened. */
function startFrom(
  input: WorkupInput,
  edit: SavedEdit | undefined,
): Snapshot<unknown> {
  const actor = createActor(workupMachine, { input }).start();
  if (edit) {
    const event = {
      type: edit.mode === 'add' ? 'result.add' : 'answer.edit',
      question: edit.question,
    } as const;
    if (actor.getSnapshot().can(event)) actor.send(event);
  }
  const snapshot = actor.getPersistedSnapshot();
  actor.stop();
  return snapshot;
}

const savedEditOf = (value: unknown): SavedEdit | undefined =>
  isRecord(value) &&
  typeof value.question === 'string' &&
  (value.mode === 'correct' || value.mode === 'add')
    ? (value as unknown as SavedEdit)
    : undefined;

/** A save of the first format: the answers and edit of its snapshot. */
function fromSnapshotSave(
  persisted: unknown,
): { file: unknown; edit: SavedEdit | undefined } | null {
  if (!isRecord(persisted) || !isRecord(persisted.context)) return null;
  const { answers, audience, editing, editMode } = persisted.context;
  if (!isRecord(answers)) return null;
  let file: unknown;
  try {
    file = toAnswersFile(
      answers as Answers,
      isAudience(audience) ? audience : null,
    );
  } catch {
    file = { ...(isAudience(audience) ? { audience } : {}), ...answers };
  }
  return {
    file,
    edit: savedEditOf({
      question: editing,
      mode: editMode ?? (editing ? 'correct' : null),
    }),
  };
}

/**
 * Reads a saved blob: restored when every field reads; otherwise broken,
 * with what was set aside and the consult without it (`partial`), the raw
 * text kept for the user to copy.
 */
export function readSavedSession(raw: string): LoadedSession {
  const broken = (
    problem: string,
    dropped: string[] = [],
    partial: Snapshot<unknown> | null = null,
  ): LoadedSession => ({ kind: 'broken', raw, problem, dropped, partial });
  const json = parseStrictJson(raw);
  // Strict JSON's other refusals (a key twice, __proto__, a long or
  // control-character text) cost that key: it is set aside and named.
  const strictIssue =
    json.ok ||
    /^not valid JSON|^nested more/.test(json.issue.reason) ||
    raw.length > maxSavedChars
      ? null
      : json.issue;
  if (!json.ok && !strictIssue) return broken(uiText('session.saved-json'));
  const blob = json.ok ? json.value : withoutProtoKeys(JSON.parse(raw));
  if (!isRecord(blob)) return broken(uiText('session.saved-version'));
  const saved =
    blob.version === 2
      ? { file: blob.answers, edit: savedEditOf(blob.edit) }
      : blob.version === 1
        ? fromSnapshotSave(blob.persisted)
        : undefined;
  if (saved === undefined) return broken(uiText('session.saved-version'));
  if (saved === null) return broken(uiText('session.saved-partial'));
  if (strictIssue && isRecord(saved.file)) {
    const [head, ...path] = strictIssue.field.split('.');
    if (
      head === 'answers' &&
      path.length &&
      !/__proto__/.test(strictIssue.reason)
    )
      setAside(saved.file, { ...strictIssue, path });
  }
  const read = readLeniently(saved.file);
  const { input } = read;
  const dropped = strictIssue
    ? [
        {
          ...strictIssue,
          field: strictIssue.field.replace(/^answers\.?/, '') || '(answers)',
        },
        ...read.dropped,
      ]
    : read.dropped;
  if (dropped.length === 0 && input) {
    return { kind: 'restored', snapshot: startFrom(input, saved.edit) };
  }
  const partial =
    input && (input.audience || input.answers)
      ? startFrom(input, undefined)
      : null;
  return broken(
    uiText('session.saved-dropped', 'clinician', { count: dropped.length }),
    dropped.map(describe),
    partial,
  );
}

/**
 * Reads the saved session. A blob that does not parse, has another version,
 * or holds a field the answers file's reader refuses is reported as broken
 * (the raw text kept, what reads offered) instead of being dropped silently.
 *
 * @example
 * const loaded = loadSession(localStorage);
 * if (loaded.kind === 'restored') createActor(workupMachine, { snapshot: loaded.snapshot });
 */
export function loadSession(store: Store | null): LoadedSession {
  const raw = savedRaw(store);
  if (raw === null) return { kind: 'empty' };
  try {
    return readSavedSession(raw);
  } catch {
    // Whatever failed, the save is kept and the user chooses.
    return {
      kind: 'broken',
      raw,
      problem: uiText('session.saved-mismatch'),
      dropped: [],
      partial: null,
    };
  }
}
