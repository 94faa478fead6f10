import { mount } from 'svelte';
import { reportError } from './shared.js';
import Talk from './Talk.svelte';

try {
  mount(Talk, { target: document.getElementById('app')! });
} catch (error) {
  reportError(error);
}
