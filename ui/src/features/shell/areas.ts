import type { Component } from 'svelte';
import ChartsScreen from '$features/charts/ChartsScreen.svelte';
import CoursesScreen from '$features/courses/CoursesScreen.svelte';
import DashboardScreen from '$features/dashboard/DashboardScreen.svelte';
import JournalScreen from '$features/journal/JournalScreen.svelte';
import OperationalScreen from '$features/operational/OperationalScreen.svelte';
import PartnersScreen from '$features/partners/PartnersScreen.svelte';
import ReportsScreen from '$features/reports/ReportsScreen.svelte';
import SettingsScreen from '$features/settings/SettingsScreen.svelte';
import SsiScreen from '$features/ssi/SsiScreen.svelte';
import TechnicalScreen from '$features/technical/TechnicalScreen.svelte';
import TraineesScreen from '$features/trainees/TraineesScreen.svelte';

export interface Area {
  /** Stable id, also the URL hash (#/ssi). */
  id: string;
  /** Fluent id of the label in the navigation and the header. */
  label: string;
  /** Fluent id of the line under the title, if any. */
  intro?: string;
  screen: Component;
  /** False for an area without an Alt+digit (reached from the navigation only). */
  shortcut?: boolean;
}

/**
 * Every area of the application, in navigation order. The areas with a shortcut take
 * Alt+1 … Alt+9, then Alt+0 (the settings); the journal, added after, has none.
 */
export const AREAS: readonly Area[] = [
  { id: 'dashboard', label: 'nav-dashboard', screen: DashboardScreen },
  { id: 'ssi', label: 'nav-ssi', intro: 'ssi-intro', screen: SsiScreen },
  { id: 'technical', label: 'nav-technical', screen: TechnicalScreen },
  { id: 'operational', label: 'nav-operational', screen: OperationalScreen },
  { id: 'courses', label: 'nav-courses', screen: CoursesScreen },
  { id: 'trainees', label: 'nav-trainees', screen: TraineesScreen },
  { id: 'partners', label: 'nav-partners', screen: PartnersScreen },
  { id: 'reports', label: 'nav-reports', screen: ReportsScreen },
  { id: 'charts', label: 'nav-charts', screen: ChartsScreen },
  { id: 'journal', label: 'nav-journal', intro: 'journal-intro', screen: JournalScreen, shortcut: false },
  { id: 'settings', label: 'nav-settings', screen: SettingsScreen },
];

/** The index of the area named by a location hash ("#/ssi"), or 0. */
export function areaIndexFromHash(hash: string): number {
  const id = hash.replace(/^#\/?/, '').split('/')[0];
  const index = AREAS.findIndex((area) => area.id === id);
  return index < 0 ? 0 : index;
}
