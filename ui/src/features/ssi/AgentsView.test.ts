import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgentRow } from '$lib/generated/bindings';
import { mockBackend } from '../../test/fixtures';
import AgentsView from './AgentsView.svelte';

const AGENT: AgentRow = {
  id: 21,
  name: 'DURAND Paul',
  force: 'gendarmerie',
  grade: 'Major',
  current: null,
  postings: 0,
};

afterEach(() => {
  delete (window as { __coopdeskSavePath?: unknown }).__coopdeskSavePath;
});

describe('AgentsView — personal data', () => {
  it("exports the chosen agent's data to the path the end-to-end hook gives", async () => {
    const calls = mockBackend({ agents: () => [AGENT], agent_postings: () => [], person_export: () => null });
    render(AgentsView);
    await fireEvent.click(await screen.findByTestId('agent-row'));
    (window as { __coopdeskSavePath?: string }).__coopdeskSavePath = '/tmp/paul.json';
    await fireEvent.click(await screen.findByTestId('agent-export'));

    expect((await screen.findByTestId('agent-export-done')).textContent).toContain(
      'Données exportées : /tmp/paul.json',
    );
    await waitFor(() =>
      expect(calls.filter((c) => c.cmd === 'person_export').map((c) => c.args)).toEqual([
        { kind: 'agent', id: 21, path: '/tmp/paul.json' },
      ]),
    );
    expect(calls.some((c) => c.cmd === 'plugin:dialog|save')).toBe(false);
  });
});
