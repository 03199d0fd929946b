// Generated from schemas/postmortem.schema.json by scripts/generate.mjs. Do not edit.
"use strict";
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://postmortem.dev/schemas/postmortem.schema.json","title":"Incident post-mortem","description":"One incident post-mortem: what broke, who took part, the impact, the root cause, a UTC timeline, what went well and badly, and the improvements to make. Every time is stored in UTC; `timezone` records the zone the source wrote times in.","type":"object","required":["title","date"],"additionalProperties":false,"patternProperties":{"^x-":{"description":"Extension data: any key starting with `x-` is kept and ignored by the toolkit."}},"properties":{"$schema":{"title":"Schema","description":"URI of this schema, so editors can complete and check the file.","type":"string"},"id":{"title":"Identifier","description":"Stable identifier of the incident, for links and action-item ids.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","examples":["2018-11-20-docs-gluster-cert"]},"title":{"title":"Title","description":"One line naming the incident.","type":"string","minLength":1,"pattern":"^[^\\r\\n]*$","examples":["docs.gluster.org certificate expired"]},"date":{"title":"Incident date","description":"The day the incident started, in UTC, as YYYY-MM-DD.","type":"string","format":"date","examples":["2018-11-20"]},"status":{"title":"Status","description":"Where the document is in its life: `draft` while being written, `review` when circulated, `final` when published.","enum":["draft","review","final"]},"severity":{"title":"Severity","description":"Severity on the team's own scale.","type":"string","minLength":1,"examples":["SEV1","major"]},"tags":{"title":"Tags","description":"Free-form labels (service, component, cause class).","type":"array","items":{"type":"string","minLength":1},"examples":[["tls","monitoring"]]},"timezone":{"title":"Source time zone","description":"The zone the source wrote its times in (an abbreviation or an IANA name). Stored times are UTC regardless.","type":"string","minLength":1,"examples":["UTC","CEST","Europe/Paris"]},"authors":{"title":"Authors","description":"Who wrote the post-mortem.","type":"array","items":{"$ref":"#/$defs/person"}},"participants":{"title":"Participants","description":"Who took part in handling the incident.","type":"array","items":{"$ref":"#/$defs/person"}},"summary":{"title":"Summary","description":"What happened, in a few sentences (Markdown).","type":"string"},"impact":{"title":"Impact","description":"Who and what was affected, for how long and how many (Markdown).","type":"string"},"detection":{"title":"Detection","description":"How the problem was noticed (Markdown).","type":"string"},"trigger":{"title":"Trigger","description":"The event that set the failure off (Markdown).","type":"string"},"rootCause":{"title":"Root cause","description":"Why it happened (Markdown).","type":"string"},"resolution":{"title":"Resolution","description":"What was done to end the incident (Markdown, often a list).","type":"string"},"notes":{"title":"Notes","description":"Anything else: text that fits no other field is kept here (Markdown).","type":"string"},"timeline":{"title":"Timeline","description":"What happened when, in UTC.","type":"array","items":{"$ref":"#/$defs/timelineEntry"}},"wentWell":{"title":"What went well","type":"array","description":"Things that helped.","items":{"type":"string"}},"wentBad":{"title":"What went badly","type":"array","description":"Things that hurt or slowed the response.","items":{"type":"string"}},"lucky":{"title":"Where we got lucky","type":"array","description":"Things that limited the damage by chance rather than design.","items":{"type":"string"}},"lessons":{"title":"Lessons learned","type":"array","description":"Broader lessons for the team.","items":{"type":"string"}},"actionItems":{"title":"Action items","description":"Improvements to make, each with an owner and ideally a ticket.","type":"array","items":{"$ref":"#/$defs/actionItem"}},"links":{"title":"Links","description":"Related documents: tickets, dashboards, chat logs, the original mail.","type":"array","items":{"$ref":"#/$defs/link"}}},"$defs":{"person":{"title":"Person","description":"A name or handle, or an object with details.","anyOf":[{"type":"string","minLength":1},{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"title":"Name","description":"Full name or handle.","type":"string","minLength":1},"handle":{"title":"Handle","description":"Chat or forge handle.","type":"string"},"email":{"title":"E-mail","description":"E-mail address.","type":"string","format":"email"},"role":{"title":"Role","description":"Role in the incident (incident commander, scribe, ...).","type":"string"}}}],"examples":["misc",{"name":"Michael Scherer","handle":"misc","role":"sysadmin"}]},"timelineEntry":{"title":"Timeline entry","type":"object","required":["event"],"additionalProperties":false,"properties":{"time":{"title":"Time","description":"When, in UTC: an RFC 3339 date-time ending in Z, or a date alone when the source gives only the day. Left out only when the source gives no time at all.","type":"string","anyOf":[{"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},{"type":"string","format":"date"}],"examples":["2018-11-20T05:00:00Z"]},"event":{"title":"Event","description":"What happened (Markdown inline text).","type":"string","minLength":1},"actor":{"title":"Actor","description":"Who did it.","type":"string"},"kind":{"title":"Kind","description":"Key events: when the problem started, was detected, escalated, mitigated and resolved.","enum":["start","detected","escalated","mitigated","resolved","other"]}}},"actionItem":{"title":"Action item","type":"object","required":["description"],"additionalProperties":false,"properties":{"id":{"title":"Identifier","description":"Stable identifier of the item.","type":"string","minLength":1},"description":{"title":"Description","description":"What to do, with the outcome expected.","type":"string","minLength":1},"owner":{"title":"Owner","description":"Who is responsible.","type":"string","minLength":1},"priority":{"title":"Priority","description":"Priority on the team's scale (P1, high, ...).","type":"string","minLength":1},"status":{"title":"Status","description":"Progress of the item.","enum":["open","in-progress","done","wontfix"]},"due":{"title":"Due date","description":"When it should be done, as YYYY-MM-DD.","type":"string","format":"date"},"ticket":{"title":"Ticket","description":"A URL or a tracker key such as INFRA-123.","type":"string","minLength":1},"type":{"title":"Type","description":"What the item does against the next incident.","enum":["prevent","detect","mitigate","process","other"]}}},"link":{"title":"Link","type":"object","required":["url"],"additionalProperties":false,"properties":{"url":{"title":"URL","description":"Where it is.","type":"string","format":"uri"},"title":{"title":"Title","description":"What it is.","type":"string"}}}}};
const schema32 = {"title":"Person","description":"A name or handle, or an object with details.","anyOf":[{"type":"string","minLength":1},{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"title":"Name","description":"Full name or handle.","type":"string","minLength":1},"handle":{"title":"Handle","description":"Chat or forge handle.","type":"string"},"email":{"title":"E-mail","description":"E-mail address.","type":"string","format":"email"},"role":{"title":"Role","description":"Role in the incident (incident commander, scribe, ...).","type":"string"}}}],"examples":["misc",{"name":"Michael Scherer","handle":"misc","role":"sysadmin"}]};
const schema34 = {"title":"Timeline entry","type":"object","required":["event"],"additionalProperties":false,"properties":{"time":{"title":"Time","description":"When, in UTC: an RFC 3339 date-time ending in Z, or a date alone when the source gives only the day. Left out only when the source gives no time at all.","type":"string","anyOf":[{"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},{"type":"string","format":"date"}],"examples":["2018-11-20T05:00:00Z"]},"event":{"title":"Event","description":"What happened (Markdown inline text).","type":"string","minLength":1},"actor":{"title":"Actor","description":"Who did it.","type":"string"},"kind":{"title":"Kind","description":"Key events: when the problem started, was detected, escalated, mitigated and resolved.","enum":["start","detected","escalated","mitigated","resolved","other"]}}};
const schema35 = {"title":"Action item","type":"object","required":["description"],"additionalProperties":false,"properties":{"id":{"title":"Identifier","description":"Stable identifier of the item.","type":"string","minLength":1},"description":{"title":"Description","description":"What to do, with the outcome expected.","type":"string","minLength":1},"owner":{"title":"Owner","description":"Who is responsible.","type":"string","minLength":1},"priority":{"title":"Priority","description":"Priority on the team's scale (P1, high, ...).","type":"string","minLength":1},"status":{"title":"Status","description":"Progress of the item.","enum":["open","in-progress","done","wontfix"]},"due":{"title":"Due date","description":"When it should be done, as YYYY-MM-DD.","type":"string","format":"date"},"ticket":{"title":"Ticket","description":"A URL or a tracker key such as INFRA-123.","type":"string","minLength":1},"type":{"title":"Type","description":"What the item does against the next incident.","enum":["prevent","detect","mitigate","process","other"]}}};
const schema36 = {"title":"Link","type":"object","required":["url"],"additionalProperties":false,"properties":{"url":{"title":"URL","description":"Where it is.","type":"string","format":"uri"},"title":{"title":"Title","description":"What it is.","type":"string"}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^x-", "u");
const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern6 = new RegExp("^[^\\r\\n]*$", "u");
const pattern7 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;
const formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats6 = require("ajv-formats/dist/formats").fullFormats["date-time"];
const formats12 = require("ajv-formats/dist/formats").fullFormats.uri;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://postmortem.dev/schemas/postmortem.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.title === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.date === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((func1.call(schema31.properties, key0)) || (pattern4.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern6.test(data2)){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/pattern",keyword:"pattern",params:{pattern: "^[^\\r\\n]*$"},message:"must match pattern \""+"^[^\\r\\n]*$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.date !== undefined){
let data3 = data.date;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err9 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(!(((data4 === "draft") || (data4 === "review")) || (data4 === "final"))){
const err11 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.severity !== undefined){
let data5 = data.severity;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err12 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.tags !== undefined){
let data6 = data.tags;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err14 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.timezone !== undefined){
let data8 = data.timezone;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err17 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.authors !== undefined){
let data9 = data.authors;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs23 = errors;
let valid6 = false;
const _errs24 = errors;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err19 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/$defs/person/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/$defs/person/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs24 === errors;
valid6 = valid6 || _valid0;
const _errs26 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err21 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/$defs/person/anyOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key1 in data10){
if(!((((key1 === "name") || (key1 === "handle")) || (key1 === "email")) || (key1 === "role"))){
const err22 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/$defs/person/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.name !== undefined){
let data11 = data10.name;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err23 = {instancePath:instancePath+"/authors/" + i1+"/name",schemaPath:"#/$defs/person/anyOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/authors/" + i1+"/name",schemaPath:"#/$defs/person/anyOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.handle !== undefined){
if(typeof data10.handle !== "string"){
const err25 = {instancePath:instancePath+"/authors/" + i1+"/handle",schemaPath:"#/$defs/person/anyOf/1/properties/handle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.email !== undefined){
let data13 = data10.email;
if(typeof data13 === "string"){
if(!(formats2.test(data13))){
const err26 = {instancePath:instancePath+"/authors/" + i1+"/email",schemaPath:"#/$defs/person/anyOf/1/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/authors/" + i1+"/email",schemaPath:"#/$defs/person/anyOf/1/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.role !== undefined){
if(typeof data10.role !== "string"){
const err28 = {instancePath:instancePath+"/authors/" + i1+"/role",schemaPath:"#/$defs/person/anyOf/1/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/$defs/person/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs26 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const err30 = {instancePath:instancePath+"/authors/" + i1,schemaPath:"#/$defs/person/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/authors",schemaPath:"#/properties/authors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.participants !== undefined){
let data15 = data.participants;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
const _errs41 = errors;
let valid11 = false;
const _errs42 = errors;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err32 = {instancePath:instancePath+"/participants/" + i2,schemaPath:"#/$defs/person/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/participants/" + i2,schemaPath:"#/$defs/person/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs42 === errors;
valid11 = valid11 || _valid1;
const _errs44 = errors;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.name === undefined){
const err34 = {instancePath:instancePath+"/participants/" + i2,schemaPath:"#/$defs/person/anyOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key2 in data16){
if(!((((key2 === "name") || (key2 === "handle")) || (key2 === "email")) || (key2 === "role"))){
const err35 = {instancePath:instancePath+"/participants/" + i2,schemaPath:"#/$defs/person/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data16.name !== undefined){
let data17 = data16.name;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err36 = {instancePath:instancePath+"/participants/" + i2+"/name",schemaPath:"#/$defs/person/anyOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/participants/" + i2+"/name",schemaPath:"#/$defs/person/anyOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data16.handle !== undefined){
if(typeof data16.handle !== "string"){
const err38 = {instancePath:instancePath+"/participants/" + i2+"/handle",schemaPath:"#/$defs/person/anyOf/1/properties/handle/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data16.email !== undefined){
let data19 = data16.email;
if(typeof data19 === "string"){
if(!(formats2.test(data19))){
const err39 = {instancePath:instancePath+"/participants/" + i2+"/email",schemaPath:"#/$defs/person/anyOf/1/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/participants/" + i2+"/email",schemaPath:"#/$defs/person/anyOf/1/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data16.role !== undefined){
if(typeof data16.role !== "string"){
const err41 = {instancePath:instancePath+"/participants/" + i2+"/role",schemaPath:"#/$defs/person/anyOf/1/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/participants/" + i2,schemaPath:"#/$defs/person/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid1 = _errs44 === errors;
valid11 = valid11 || _valid1;
if(!valid11){
const err43 = {instancePath:instancePath+"/participants/" + i2,schemaPath:"#/$defs/person/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.summary !== undefined){
if(typeof data.summary !== "string"){
const err45 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.impact !== undefined){
if(typeof data.impact !== "string"){
const err46 = {instancePath:instancePath+"/impact",schemaPath:"#/properties/impact/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.detection !== undefined){
if(typeof data.detection !== "string"){
const err47 = {instancePath:instancePath+"/detection",schemaPath:"#/properties/detection/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.trigger !== undefined){
if(typeof data.trigger !== "string"){
const err48 = {instancePath:instancePath+"/trigger",schemaPath:"#/properties/trigger/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.rootCause !== undefined){
if(typeof data.rootCause !== "string"){
const err49 = {instancePath:instancePath+"/rootCause",schemaPath:"#/properties/rootCause/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.resolution !== undefined){
if(typeof data.resolution !== "string"){
const err50 = {instancePath:instancePath+"/resolution",schemaPath:"#/properties/resolution/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.notes !== undefined){
if(typeof data.notes !== "string"){
const err51 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.timeline !== undefined){
let data28 = data.timeline;
if(Array.isArray(data28)){
const len3 = data28.length;
for(let i3=0; i3<len3; i3++){
let data29 = data28[i3];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.event === undefined){
const err52 = {instancePath:instancePath+"/timeline/" + i3,schemaPath:"#/$defs/timelineEntry/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key3 in data29){
if(!((((key3 === "time") || (key3 === "event")) || (key3 === "actor")) || (key3 === "kind"))){
const err53 = {instancePath:instancePath+"/timeline/" + i3,schemaPath:"#/$defs/timelineEntry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data29.time !== undefined){
let data30 = data29.time;
if(typeof data30 !== "string"){
const err54 = {instancePath:instancePath+"/timeline/" + i3+"/time",schemaPath:"#/$defs/timelineEntry/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const _errs77 = errors;
let valid17 = false;
const _errs78 = errors;
if(typeof data30 === "string"){
if(!pattern7.test(data30)){
const err55 = {instancePath:instancePath+"/timeline/" + i3+"/time",schemaPath:"#/$defs/timelineEntry/properties/time/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!(formats6.validate(data30))){
const err56 = {instancePath:instancePath+"/timeline/" + i3+"/time",schemaPath:"#/$defs/timelineEntry/properties/time/anyOf/0/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/timeline/" + i3+"/time",schemaPath:"#/$defs/timelineEntry/properties/time/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid2 = _errs78 === errors;
valid17 = valid17 || _valid2;
const _errs80 = errors;
if(typeof data30 === "string"){
if(!(formats0.validate(data30))){
const err58 = {instancePath:instancePath+"/timeline/" + i3+"/time",schemaPath:"#/$defs/timelineEntry/properties/time/anyOf/1/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/timeline/" + i3+"/time",schemaPath:"#/$defs/timelineEntry/properties/time/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid2 = _errs80 === errors;
valid17 = valid17 || _valid2;
if(!valid17){
const err60 = {instancePath:instancePath+"/timeline/" + i3+"/time",schemaPath:"#/$defs/timelineEntry/properties/time/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
}
}
if(data29.event !== undefined){
let data31 = data29.event;
if(typeof data31 === "string"){
if(func2(data31) < 1){
const err61 = {instancePath:instancePath+"/timeline/" + i3+"/event",schemaPath:"#/$defs/timelineEntry/properties/event/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/timeline/" + i3+"/event",schemaPath:"#/$defs/timelineEntry/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data29.actor !== undefined){
if(typeof data29.actor !== "string"){
const err63 = {instancePath:instancePath+"/timeline/" + i3+"/actor",schemaPath:"#/$defs/timelineEntry/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data29.kind !== undefined){
let data33 = data29.kind;
if(!((((((data33 === "start") || (data33 === "detected")) || (data33 === "escalated")) || (data33 === "mitigated")) || (data33 === "resolved")) || (data33 === "other"))){
const err64 = {instancePath:instancePath+"/timeline/" + i3+"/kind",schemaPath:"#/$defs/timelineEntry/properties/kind/enum",keyword:"enum",params:{allowedValues: schema34.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/timeline/" + i3,schemaPath:"#/$defs/timelineEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/timeline",schemaPath:"#/properties/timeline/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.wentWell !== undefined){
let data34 = data.wentWell;
if(Array.isArray(data34)){
const len4 = data34.length;
for(let i4=0; i4<len4; i4++){
if(typeof data34[i4] !== "string"){
const err67 = {instancePath:instancePath+"/wentWell/" + i4,schemaPath:"#/properties/wentWell/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/wentWell",schemaPath:"#/properties/wentWell/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.wentBad !== undefined){
let data36 = data.wentBad;
if(Array.isArray(data36)){
const len5 = data36.length;
for(let i5=0; i5<len5; i5++){
if(typeof data36[i5] !== "string"){
const err69 = {instancePath:instancePath+"/wentBad/" + i5,schemaPath:"#/properties/wentBad/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/wentBad",schemaPath:"#/properties/wentBad/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.lucky !== undefined){
let data38 = data.lucky;
if(Array.isArray(data38)){
const len6 = data38.length;
for(let i6=0; i6<len6; i6++){
if(typeof data38[i6] !== "string"){
const err71 = {instancePath:instancePath+"/lucky/" + i6,schemaPath:"#/properties/lucky/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/lucky",schemaPath:"#/properties/lucky/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.lessons !== undefined){
let data40 = data.lessons;
if(Array.isArray(data40)){
const len7 = data40.length;
for(let i7=0; i7<len7; i7++){
if(typeof data40[i7] !== "string"){
const err73 = {instancePath:instancePath+"/lessons/" + i7,schemaPath:"#/properties/lessons/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/lessons",schemaPath:"#/properties/lessons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.actionItems !== undefined){
let data42 = data.actionItems;
if(Array.isArray(data42)){
const len8 = data42.length;
for(let i8=0; i8<len8; i8++){
let data43 = data42[i8];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.description === undefined){
const err75 = {instancePath:instancePath+"/actionItems/" + i8,schemaPath:"#/$defs/actionItem/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key4 in data43){
if(!((((((((key4 === "id") || (key4 === "description")) || (key4 === "owner")) || (key4 === "priority")) || (key4 === "status")) || (key4 === "due")) || (key4 === "ticket")) || (key4 === "type"))){
const err76 = {instancePath:instancePath+"/actionItems/" + i8,schemaPath:"#/$defs/actionItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data43.id !== undefined){
let data44 = data43.id;
if(typeof data44 === "string"){
if(func2(data44) < 1){
const err77 = {instancePath:instancePath+"/actionItems/" + i8+"/id",schemaPath:"#/$defs/actionItem/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/actionItems/" + i8+"/id",schemaPath:"#/$defs/actionItem/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data43.description !== undefined){
let data45 = data43.description;
if(typeof data45 === "string"){
if(func2(data45) < 1){
const err79 = {instancePath:instancePath+"/actionItems/" + i8+"/description",schemaPath:"#/$defs/actionItem/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/actionItems/" + i8+"/description",schemaPath:"#/$defs/actionItem/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data43.owner !== undefined){
let data46 = data43.owner;
if(typeof data46 === "string"){
if(func2(data46) < 1){
const err81 = {instancePath:instancePath+"/actionItems/" + i8+"/owner",schemaPath:"#/$defs/actionItem/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/actionItems/" + i8+"/owner",schemaPath:"#/$defs/actionItem/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data43.priority !== undefined){
let data47 = data43.priority;
if(typeof data47 === "string"){
if(func2(data47) < 1){
const err83 = {instancePath:instancePath+"/actionItems/" + i8+"/priority",schemaPath:"#/$defs/actionItem/properties/priority/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/actionItems/" + i8+"/priority",schemaPath:"#/$defs/actionItem/properties/priority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data43.status !== undefined){
let data48 = data43.status;
if(!((((data48 === "open") || (data48 === "in-progress")) || (data48 === "done")) || (data48 === "wontfix"))){
const err85 = {instancePath:instancePath+"/actionItems/" + i8+"/status",schemaPath:"#/$defs/actionItem/properties/status/enum",keyword:"enum",params:{allowedValues: schema35.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data43.due !== undefined){
let data49 = data43.due;
if(typeof data49 === "string"){
if(!(formats0.validate(data49))){
const err86 = {instancePath:instancePath+"/actionItems/" + i8+"/due",schemaPath:"#/$defs/actionItem/properties/due/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/actionItems/" + i8+"/due",schemaPath:"#/$defs/actionItem/properties/due/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data43.ticket !== undefined){
let data50 = data43.ticket;
if(typeof data50 === "string"){
if(func2(data50) < 1){
const err88 = {instancePath:instancePath+"/actionItems/" + i8+"/ticket",schemaPath:"#/$defs/actionItem/properties/ticket/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/actionItems/" + i8+"/ticket",schemaPath:"#/$defs/actionItem/properties/ticket/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data43.type !== undefined){
let data51 = data43.type;
if(!(((((data51 === "prevent") || (data51 === "detect")) || (data51 === "mitigate")) || (data51 === "process")) || (data51 === "other"))){
const err90 = {instancePath:instancePath+"/actionItems/" + i8+"/type",schemaPath:"#/$defs/actionItem/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/actionItems/" + i8,schemaPath:"#/$defs/actionItem/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/actionItems",schemaPath:"#/properties/actionItems/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.links !== undefined){
let data52 = data.links;
if(Array.isArray(data52)){
const len9 = data52.length;
for(let i9=0; i9<len9; i9++){
let data53 = data52[i9];
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.url === undefined){
const err93 = {instancePath:instancePath+"/links/" + i9,schemaPath:"#/$defs/link/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
for(const key5 in data53){
if(!((key5 === "url") || (key5 === "title"))){
const err94 = {instancePath:instancePath+"/links/" + i9,schemaPath:"#/$defs/link/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data53.url !== undefined){
let data54 = data53.url;
if(typeof data54 === "string"){
if(!(formats12(data54))){
const err95 = {instancePath:instancePath+"/links/" + i9+"/url",schemaPath:"#/$defs/link/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/links/" + i9+"/url",schemaPath:"#/$defs/link/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data53.title !== undefined){
if(typeof data53.title !== "string"){
const err97 = {instancePath:instancePath+"/links/" + i9+"/title",schemaPath:"#/$defs/link/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/links/" + i9,schemaPath:"#/$defs/link/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
