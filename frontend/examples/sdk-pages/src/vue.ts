import { useParleyCall } from '@parley/sdk-vue';
import { createApp, defineComponent, h, watch } from 'vue';
import { latencyLine, pageOptions, reportError, reportWhenDone } from './shared.js';

const Talk = defineComponent({
  setup() {
    const parley = useParleyCall(pageOptions());
    const { state, start, end } = parley;
    watch(state, next => {
      void reportWhenDone('vue', next, end, () => parley.call?.store.getState().connection ?? 'none');
    });
    return () => h('div', [
      h('h1', 'Parley · Vue'),
      h('button', { id: 'talk', onClick: () => void start() }, 'Talk'),
      h('p', { class: 'status' },
        `${state.value.connection} · ${state.value.transport ?? '-'} · agent ${state.value.agentState ?? '-'}`),
      h('ul', state.value.transcript.map(line => h('li', { key: line.id, class: line.role }, `${line.role}: ${line.text}`))),
      h('p', latencyLine(state.value)),
    ]);
  },
});

try {
  createApp(Talk).mount('#app');
} catch (error) {
  reportError(error);
}
