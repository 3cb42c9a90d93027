import type { ReactNode } from "react";

// Renders a tree of server components to an HTML string with no client runtime: the public portal's pages are
// plain documents (docs/decisions/011-public-pages-without-react-runtime.md). React's own HTML renderer cannot
// be imported where Next.js runs route handlers (the react-server build refuses it), so this renders the
// subset of React the public pages use, with React's output for it (tests/unit/html-render.test.tsx compares
// the two): host elements, text, fragments, arrays, and function components, sync or async. Anything that
// would need JavaScript in the browser (event handlers, client components, hooks state) is refused loudly.

const ELEMENT = Symbol.for("react.transitional.element");
const LEGACY_ELEMENT = Symbol.for("react.element");
const FRAGMENT = Symbol.for("react.fragment");
const CLIENT_REFERENCE = Symbol.for("react.client.reference");

type Element = { $$typeof: symbol; type: unknown; props: Record<string, unknown> };

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

// Props that are React's, not attributes.
const RESERVED = new Set(["children", "key", "ref", "dangerouslySetInnerHTML", "suppressHydrationWarning", "suppressContentEditableWarning", "defaultValue", "defaultChecked"]);

const ALIASES: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  acceptCharset: "accept-charset",
  httpEquiv: "http-equiv",
  tabIndex: "tabindex",
  xlinkHref: "xlink:href",
  xmlLang: "xml:lang",
  xmlSpace: "xml:space",
};

// SVG presentation attributes React writes in kebab case (strokeWidth → stroke-width); other SVG attributes
// (viewBox, preserveAspectRatio) keep their case.
const SVG_KEBAB = new Set([
  "alignmentBaseline", "baselineShift", "clipPath", "clipRule", "colorInterpolation", "colorInterpolationFilters",
  "dominantBaseline", "enableBackground", "fillOpacity", "fillRule", "floodColor", "floodOpacity", "fontFamily",
  "fontSize", "fontSizeAdjust", "fontStretch", "fontStyle", "fontVariant", "fontWeight", "imageRendering",
  "letterSpacing", "lightingColor", "markerEnd", "markerMid", "markerStart", "paintOrder", "pointerEvents",
  "shapeRendering", "stopColor", "stopOpacity", "strokeDasharray", "strokeDashoffset", "strokeLinecap",
  "strokeLinejoin", "strokeMiterlimit", "strokeOpacity", "strokeWidth", "textAnchor", "textDecoration",
  "textRendering", "transformOrigin", "vectorEffect", "wordSpacing", "writingMode",
]);

// CSS properties whose numbers carry no unit (React's list, trimmed to what a page could set).
const UNITLESS = new Set([
  "animationIterationCount", "aspectRatio", "columnCount", "columns", "flex", "flexGrow", "flexShrink", "fontWeight",
  "gridColumn", "gridRow", "lineClamp", "lineHeight", "opacity", "order", "orphans", "scale", "tabSize", "widows",
  "zIndex", "zoom", "fillOpacity", "strokeOpacity", "strokeWidth", "WebkitLineClamp",
]);

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formAction", "xlink:href"]);
// React's guard: a javascript: URL (however disguised with whitespace or control characters) never reaches the page.
const JAVASCRIPT_URL = /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;
const BLOCKED_URL = "javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/** Escapes text and attribute values exactly as React does. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function isElement(node: unknown): node is Element {
  return typeof node === "object" && node !== null && ((node as Element).$$typeof === ELEMENT || (node as Element).$$typeof === LEGACY_ELEMENT);
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function styleAttribute(style: Record<string, unknown>): string {
  const declarations: string[] = [];
  for (const [property, value] of Object.entries(style)) {
    if (value === null || value === undefined || typeof value === "boolean" || value === "") continue;
    const custom = property.startsWith("--");
    const name = custom ? property : property.startsWith("Webkit") || property.startsWith("Moz") ? `-${kebab(property)}` : kebab(property);
    const text = typeof value === "number" && value !== 0 && !custom && !UNITLESS.has(property) ? `${value}px` : String(value).trim();
    declarations.push(`${name}:${text}`);
  }
  return declarations.join(";");
}

function attributeName(prop: string, inSvg: boolean): string {
  if (ALIASES[prop]) return ALIASES[prop];
  if (inSvg && SVG_KEBAB.has(prop)) return kebab(prop);
  return prop;
}

// React writes a few attributes last, in a fixed order (forms: their action; inputs: name, checked, value).
const TRAILING: Record<string, string[]> = {
  form: ["action", "encType", "method", "target"],
  input: ["name", "formAction", "formEncType", "formMethod", "formTarget", "checked", "value"],
};

function orderedProps(tag: string, props: Record<string, unknown>): [string, unknown][] {
  const trailing = TRAILING[tag];
  const own = { ...props };
  if (tag === "input") {
    own.checked ??= props.defaultChecked;
    own.value ??= props.defaultValue;
  }
  if (!trailing) return Object.entries(own);
  const first = Object.entries(own).filter(([prop]) => !trailing.includes(prop));
  return [...first, ...trailing.filter((prop) => prop in own).map((prop): [string, unknown] => [prop, own[prop]])];
}

function attributes(tag: string, props: Record<string, unknown>, inSvg: boolean): string {
  let out = "";
  for (const [prop, value] of orderedProps(tag, props)) {
    if (RESERVED.has(prop) || value === undefined || value === null) continue;
    if (typeof value === "function" || /^on[A-Z]/.test(prop)) {
      throw new Error(`<${tag} ${prop}>: a page rendered without JavaScript cannot carry event handlers or functions`);
    }
    if ((tag === "select" || tag === "textarea") && prop === "value") continue;
    const name = attributeName(prop, inSvg);
    const dataOrAria = name.startsWith("data-") || name.startsWith("aria-");
    if (prop === "style" && typeof value === "object") {
      const css = styleAttribute(value as Record<string, unknown>);
      if (css) out += ` style="${escapeHtml(css)}"`;
      continue;
    }
    if (typeof value === "boolean") {
      if (dataOrAria) out += ` ${name}="${value}"`;
      else if (value) out += ` ${name}=""`;
      continue;
    }
    let text = String(value);
    if (URL_ATTRIBUTES.has(name) && JAVASCRIPT_URL.test(text)) text = BLOCKED_URL;
    out += ` ${name}="${escapeHtml(text)}"`;
  }
  return out;
}

type Context = { inSvg: boolean; selectValue: string[] | null };

async function renderChildren(children: unknown, context: Context): Promise<string> {
  return renderNode(children as ReactNode, context);
}

async function renderHost(tag: string, props: Record<string, unknown>, context: Context): Promise<string> {
  const inSvg = context.inSvg || tag === "svg";
  let extra = "";
  let children: unknown = props.children;
  let childContext: Context = { inSvg: inSvg && tag !== "foreignObject", selectValue: context.selectValue };

  if (tag === "textarea") {
    const value = props.value ?? props.defaultValue;
    if (value !== undefined && value !== null) children = String(value);
  } else if (tag === "select") {
    const value = props.value ?? props.defaultValue;
    childContext = { ...childContext, selectValue: value === undefined || value === null ? null : (Array.isArray(value) ? value : [value]).map(String) };
  } else if (tag === "option" && context.selectValue && props.selected === undefined) {
    const value = props.value !== undefined ? String(props.value) : await renderChildren(props.children, { ...context, selectValue: null });
    if (context.selectValue.includes(value)) extra += ` selected=""`;
  }

  const open = `<${tag}${attributes(tag, props, inSvg)}${extra}`;
  if (VOID_ELEMENTS.has(tag)) return `${open}/>`;
  const inner = props.dangerouslySetInnerHTML
    ? String((props.dangerouslySetInnerHTML as { __html: unknown }).__html ?? "")
    : await renderChildren(children, childContext);
  return `${open}>${inner}</${tag}>`;
}

async function renderNode(node: ReactNode | Promise<ReactNode>, context: Context): Promise<string> {
  const value = await node;
  if (value === null || value === undefined || typeof value === "boolean") return "";
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) {
    let out = "";
    for (const child of value) out += await renderNode(child, context);
    return out;
  }
  if (!isElement(value)) {
    if (typeof value === "object" && Symbol.iterator in value) return renderNode([...(value as Iterable<ReactNode>)], context);
    throw new Error(`Cannot render ${Object.prototype.toString.call(value)} as HTML`);
  }
  const { type, props } = value;
  if (typeof type === "string") return renderHost(type, props, context);
  if (type === FRAGMENT) return renderChildren(props.children, context);
  if (typeof type === "function" && (type as { $$typeof?: symbol }).$$typeof !== CLIENT_REFERENCE) {
    return renderNode((type as (p: unknown) => ReactNode | Promise<ReactNode>)(props), context);
  }
  const name = typeof type === "function" ? type.name : String((type as { $$id?: string })?.$$id ?? type?.toString());
  throw new Error(`Cannot render ${name} without JavaScript: public pages take only server components`);
}

/** The HTML of a tree of server components. Async components are awaited in document order. */
export function renderToHtml(node: ReactNode): Promise<string> {
  return renderNode(node, { inSvg: false, selectValue: null });
}
