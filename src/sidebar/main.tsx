// The sidebar's entry: renders the app into the page HtmlService serves (dist/Sidebar.html).
import { render } from 'preact';
import { App } from './app';

render(<App />, document.getElementById('app')!);
