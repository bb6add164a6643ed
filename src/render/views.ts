/**
 * Which invitations a source yields: the whole gathering, and on request
 * one per audience and one per group of a series. Each view has an output
 * name; the HTML, PDF and calendar of a view share it.
 */
import type { Gathering } from '../model/gathering.js';
import { own } from '../base/own.js';

export interface View {
  /** Output name without extension, relative to the output folder (`asker/ledernettverk.gruppe-1`). */
  name: string;
  audience?: string;
  group?: number;
  /** How the index page names the view. */
  label?: string;
}

/** A view's title: the gathering's, and the view's label after a dash ("Ledernettverk – Gruppe 1"). */
export function viewTitle(title: string, view: View): string {
  return view.label ? `${title} – ${view.label}` : title;
}

export interface ViewRequest {
  /** Audience ids, or 'all'. */
  audiences?: 'all' | readonly string[];
  groups?: boolean;
}

/** `Gruppe 1` → `gruppe-1`; Nordic letters spelt out so names stay portable. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

export function viewsOf(g: Gathering, base: string, request: ViewRequest): View[] {
  const views: View[] = [{ name: base }];
  const declared = Object.keys(g.audiences ?? {});
  const wanted = request.audiences === 'all' ? declared : (request.audiences ?? []).filter((a) => declared.includes(a));
  for (const id of wanted) views.push({ name: `${base}.${slug(id)}`, audience: id, label: own(g.audiences, id)?.label ?? id });
  if (request.groups) {
    (g.groups ?? []).forEach((group, i) => views.push({ name: `${base}.${slug(group.label)}`, group: i, label: group.label }));
  }
  return views;
}
