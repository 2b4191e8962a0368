import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach } from 'vitest';
import { settle } from '$lib/confirm.svelte';
import { clearRefData } from '$lib/refdata.svelte';
import { route } from '$lib/route.svelte';
import { clearCourseData } from '$features/courses/store.svelte';
import { ssiListState } from '$features/ssi/listState.svelte';

afterEach(() => {
  ssiListState.query = '';
  ssiListState.sort = { column: 'code', direction: 'asc' };
  clearMocks();
  clearRefData();
  clearCourseData();
  settle(false);
  window.location.hash = '';
  route.hash = '';
});

// jsdom has no layout: a ResizeObserver that never reports is enough for bind:clientHeight.
if (!('ResizeObserver' in globalThis)) {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
