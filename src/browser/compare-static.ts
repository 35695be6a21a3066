// Curated comparison pages: the view is already in the HTML; add the phone
// tabs and the print behaviour.
import { enhance } from './compare-enhance.ts';

const root = document.querySelector<HTMLElement>('.cmp');
if (root) enhance(root);
