/**
 * The components a chapter's MDX may use, in one place: the site's chapter pages and the print edition
 * render chapters with the same map, so a chapter reads the same on screen and on paper.
 */
import Chart from './charts/Chart.astro';
import CiteThisReport from './CiteThisReport.astro';
import StatDownloads from './StatDownloads.astro';
import Glossary from './Glossary.astro';
import Ref from './Ref.astro';
import Stat from './Stat.astro';

export const contentComponents = { Stat, Chart, Ref, Glossary, CiteThisReport, StatDownloads };
