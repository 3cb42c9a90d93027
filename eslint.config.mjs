import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // The public pages are whole HTML documents rendered without Next's client runtime (decisions 011, 020): plain
    // <a> links and their own <head> are the point, there is no client router to hand navigation to.
    files: ["components/public/**"],
    rules: { "@next/next/no-html-link-for-pages": "off", "@next/next/no-head-element": "off" },
  },
  {
    // They send no script, so nothing on them may need one (tests/unit/public-no-script.test.ts follows their
    // imports into the shared components too).
    files: ["components/public/**", "app/(public)/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name=/^on[A-Z]/]", message: "Public pages send no script: an event handler would never run (decision 020)." },
        { selector: "ExpressionStatement[directive='use client']", message: "Public pages send no script: no client components (decision 020)." },
      ],
    },
  },
  { ignores: ["lib/platform/db/generated/**", ".next/**", ".data/**", "test-results/**", "playwright-report/**", "bench/results/**", "lib/public/generated/**"] },
];
export default config;
