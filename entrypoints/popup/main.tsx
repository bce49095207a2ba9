import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { createBrowserApi } from './browser-api';

const tabParam = new URLSearchParams(location.search).get('tab');
if (tabParam !== null) document.documentElement.classList.add('as-tab');
render(<Popup api={createBrowserApi(tabParam)} />, document.getElementById('app')!);
