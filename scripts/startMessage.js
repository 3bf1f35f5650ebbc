// @ts-check
// What `npm start` prints once the dev server is up, and `npm run sideload` prints where Excel
// desktop is not at hand: one text, Vietnamese first, so the two never disagree.

/** The dev server's origin (manifest.xml points at it). */
const ORIGIN = 'https://localhost:3000';

/** How to load manifest.xml into Excel, desktop and web. */
function sideloadSteps() {
  return [
    'Nạp manifest.xml vào Excel, để npm start chạy / Sideload manifest.xml, npm start running:',
    '  Excel trên máy tính / Excel desktop (Windows, Mac):  npm run sideload',
    '  Excel trên web: Chèn › Phần bổ trợ › Tải lên phần bổ trợ của tôi › manifest.xml',
    '  Excel on the web: Insert › Add-ins › Upload My Add-in › manifest.xml',
    '  Chi tiết, cả cách làm tay / Details, by hand too: README.md, "Sideload into Excel".',
  ];
}

/** The banner `npm start` prints once it serves. */
function startMessage(origin = ORIGIN) {
  return [
    '',
    `Mở trang thử (không cần Excel): ${origin}/demo.html`,
    `Open the demo page (no Excel needed): ${origin}/demo.html`,
    `Ngăn tác vụ / Task pane: ${origin}/taskpane.html`,
    '',
    ...sideloadSteps(),
    '',
    'Chứng chỉ tự ký: mở địa chỉ trên một lần trong trình duyệt và chấp nhận.',
    'Self-signed certificate: open the address once in your browser and accept it.',
    '',
  ].join('\n');
}

module.exports = { ORIGIN, sideloadSteps, startMessage };
