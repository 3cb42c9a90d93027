import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // The public pages are whole HTML documents rendered without Next's client runtime (decision 011): plain
    // <a> links and their own <head> are the point, there is no client router to hand navigation to.
    files: ["components/public/**"],
    rules: { "@next/next/no-html-link-for-pages": "off", "@next/next/no-head-element": "off" },
  },
  { ignores: ["lib/platform/db/generated/**", ".next/**", ".data/**", "test-results/**", "playwright-report/**", "bench/results/**"] },
];
export default config;
