// Parses Adaptive Cards with the official JavaScript renderer library, the way a client does, and reports every
// parse and validation event. Zero events means the library accepts the card.
//
// stdin:  [{"name": "...", "card": { ...Adaptive Card JSON... }}, ...]
// stdout: [{"name": "...", "events": [{"phase", "event", "message", "source"}]}, ...]
// The adaptivecards package is resolved from the repository root's node_modules (npm ci there installs it).
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const requireFromRoot = createRequire(path.join(repoRoot, "package.json"));
const AC = requireFromRoot("adaptivecards/dist/adaptivecards.js");

// Teams renders Adaptive Cards up to 1.5, so parse as a 1.5 host does: newer elements (e.g. Carousel) are unknown.
const targetVersion = AC.Versions.v1_5;

function describeSource(source) {
  if (!source) return undefined;
  const type = typeof source.getJsonTypeName === "function" ? source.getJsonTypeName() : source.constructor?.name;
  return source.id ? `${type}#${source.id}` : type;
}

function describeEvent(e) {
  return {
    phase: AC.ValidationPhase[e.phase] ?? e.phase,
    event: AC.ValidationEvent[e.event] ?? e.event,
    message: e.message,
    source: describeSource(e.source),
  };
}

// The library checks "lang" with one shared global (/g) regular expression, whose lastIndex survives between
// cards: in one process every second card's valid "lang" would be reported invalid. Start each card afresh.
function resetSharedState() {
  const langRegEx = AC.CardElement?.langProperty?.regEx;
  if (langRegEx) langRegEx.lastIndex = 0;
}

function validate(cardJson) {
  const events = [];
  try {
    resetSharedState();
    const card = new AC.AdaptiveCard();
    const context = new AC.SerializationContext(targetVersion);
    card.parse(cardJson, context);
    for (let i = 0; i < context.eventCount; i++) {
      events.push(describeEvent(context.getEventAt(i)));
    }
    for (const e of card.validateProperties().validationEvents) {
      events.push(describeEvent(e));
    }
  } catch (error) {
    events.push({ phase: "Parse", event: "Exception", message: String(error?.stack ?? error) });
  }
  return events;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

const input = JSON.parse(await readStdin());
if (!Array.isArray(input)) {
  throw new Error("stdin must be a JSON array of {name, card}.");
}
const results = input.map(({ name, card }) => ({ name, events: validate(card) }));
process.stdout.write(JSON.stringify(results));
