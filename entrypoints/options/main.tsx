import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import { createBrowserApi } from '../popup/browser-api';

render(<OptionsPage api={createBrowserApi(null)} />, document.getElementById('app')!);
