// The map dialog's entry: renders into the page HtmlService serves (dist/Map.html).
import { render } from 'preact';
import { App } from './app';

render(<App />, document.getElementById('app')!);
