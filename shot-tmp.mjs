import { chromium } from 'playwright-core';
const [url, out, w = '1280', h = '900', click] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } });
p.on('console', m => { if (m.type() === 'error') console.log('console:', m.text()); });
await p.goto(url); await p.waitForTimeout(1200);
if (click) { await p.getByText(click).first().click(); await p.waitForTimeout(800); }
await p.screenshot({ path: out, fullPage: true });
await b.close();
