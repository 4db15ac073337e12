// The brief dialog's entry: renders into the page HtmlService serves (dist/Brief.html).
import { render } from 'preact';
import { App } from './app';

render(<App />, document.getElementById('app')!);
