// Fills today's date into citations and adds a copy button to each.
const today = new Date().toISOString().slice(0, 10);
for (const el of document.querySelectorAll<HTMLElement>('[data-cite]')) {
  el.textContent = (el.textContent ?? '').replace('[引用日期]', `[${today}]`).replace('[access date]', today);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.textContent = '复制 Copy';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(el.textContent ?? '');
      button.textContent = '已复制 Copied';
    } catch {
      button.textContent = '请手动复制 Copy manually';
    }
  });
  el.after(button);
}
