/** The agents search, remembered for the session of the app. */
export const agentsState = $state({ text: '' });
