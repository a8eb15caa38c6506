import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
const requests = [], logs = [];
page.on('request', (r) => requests.push(r.url().slice(0, 60)));
page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
await page.goto(process.argv[2], { waitUntil: 'load' });
await new Promise((r) => setTimeout(r, 500));
const info = await page.evaluate(() => {
  const el = document.querySelector('leadership-article');
  return { defined: !!customElements.get('leadership-article'), shadow: !!el.shadowRoot, text: el.shadowRoot?.querySelector('article')?.innerText.length, fallbackRects: [...el.querySelectorAll('*')].filter((e) => e.getClientRects().length).length };
});
console.log(JSON.stringify({ info, requests, logs }, null, 1));
await browser.close();
