// Known XSS vectors, taken from public lists and adapted only so that a successful attack is
// observable: every `alert(…)` became a call to the page's trap (`TRAP`, replaced by
// `__trap('<id>')`), and every remote URL points at `REMOTE` (replaced by an address outside the app).
//
// Sources (each vector names its own):
//   OWASP  — OWASP Cheat Sheet Series, "XSS Filter Evasion Cheat Sheet",
//            https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html
//   DOMPurify — cure53/DOMPurify, test/fixtures/expect.mjs (its regression vectors; the numbered
//            ones are the html5sec.org collection by Mario Heiderich et al.),
//            https://github.com/cure53/DOMPurify/blob/main/test/fixtures/expect.mjs
//   reveal.js — attributes reveal.js itself turns into requests (data-src lazy loading,
//            data-background-*), from its source (node_modules/reveal.js/dist/reveal.mjs, load()).
//   CSS   — CSS Syntax Level 3 §4.3.4/4.3.6 (escaped `url(` is still a URL) and CSS Images 4
//            image-set() with string URLs: loads that never spell `url(`.

export type VectorSource = 'OWASP' | 'DOMPurify' | 'reveal.js' | 'CSS';

export interface XssVector {
  id: string;
  source: VectorSource;
  /** What the vector is called in its source (or what it tries). */
  name: string;
  payload: string;
}

/** Markup vectors: each goes on a slide of its own, and the first ones also into speaker notes. */
export const markupVectors: XssVector[] = [
  { id: 'owasp-01', source: 'OWASP', name: 'basic script tag', payload: `<SCRIPT>TRAP</SCRIPT>` },
  { id: 'owasp-02', source: 'OWASP', name: 'image javascript: URI', payload: `<IMG SRC="javascript:TRAP;">` },
  { id: 'owasp-03', source: 'OWASP', name: 'no quotes and no semicolon', payload: `<IMG SRC=javascript:TRAP>` },
  { id: 'owasp-04', source: 'OWASP', name: 'case-insensitive XSS attack vector', payload: `<IMG SRC=JaVaScRiPt:TRAP>` },
  { id: 'owasp-05', source: 'OWASP', name: 'malformed A tags', payload: `<a onmouseover="TRAP">xxs link</a>` },
  { id: 'owasp-06', source: 'OWASP', name: 'malformed IMG tags', payload: `<IMG """><SCRIPT>TRAP</SCRIPT>"\\>` },
  { id: 'owasp-07', source: 'OWASP', name: 'default SRC tag with onerror', payload: `<IMG SRC=/ onerror="TRAP"></img>` },
  { id: 'owasp-08', source: 'OWASP', name: 'decimal HTML character references', payload: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;TRAP">click</a>` },
  { id: 'owasp-09', source: 'OWASP', name: 'hexadecimal HTML character references without semicolons', payload: `<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;TRAP">click</a>` },
  { id: 'owasp-10', source: 'OWASP', name: 'embedded tab', payload: `<a href="jav\tascript:TRAP">tab</a>` },
  { id: 'owasp-11', source: 'OWASP', name: 'embedded encoded newline', payload: `<a href="jav&#x0A;ascript:TRAP">newline</a>` },
  { id: 'owasp-12', source: 'OWASP', name: 'spaces and meta chars before the JavaScript', payload: `<a href=" &#14;  javascript:TRAP">meta</a>` },
  { id: 'owasp-13', source: 'OWASP', name: 'non-alpha-non-digit XSS', payload: `<SCRIPT/XSS SRC="REMOTE"></SCRIPT>` },
  { id: 'owasp-14', source: 'OWASP', name: 'non-alpha-non-digit event handler', payload: `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=TRAP>` },
  { id: 'owasp-15', source: 'OWASP', name: 'extraneous open brackets', payload: `<<SCRIPT>TRAP;//\\<</SCRIPT>` },
  { id: 'owasp-16', source: 'OWASP', name: 'no closing script tags', payload: `<SCRIPT SRC=REMOTE?< B >` },
  { id: 'owasp-17', source: 'OWASP', name: 'end title tag', payload: `</TITLE><SCRIPT>TRAP</SCRIPT>` },
  { id: 'owasp-18', source: 'OWASP', name: 'INPUT image', payload: `<INPUT TYPE="IMAGE" SRC="javascript:TRAP;">` },
  { id: 'owasp-19', source: 'OWASP', name: 'BODY image', payload: `<BODY BACKGROUND="javascript:TRAP">` },
  { id: 'owasp-20', source: 'OWASP', name: 'IMG dynsrc and lowsrc', payload: `<IMG DYNSRC="javascript:TRAP"><IMG LOWSRC="javascript:TRAP">` },
  { id: 'owasp-21', source: 'OWASP', name: 'list-style-image', payload: `<STYLE>li {list-style-image: url("javascript:TRAP");}</STYLE><UL><LI>XSS</UL>` },
  { id: 'owasp-22', source: 'OWASP', name: 'SVG object tag', payload: `<svg/onload=TRAP>` },
  { id: 'owasp-23', source: 'OWASP', name: 'BODY tag onload', payload: `<BODY ONLOAD=TRAP>` },
  { id: 'owasp-24', source: 'OWASP', name: 'remote style sheet (LINK)', payload: `<LINK REL="stylesheet" HREF="REMOTE">` },
  { id: 'owasp-25', source: 'OWASP', name: 'remote style sheet part 2 (@import)', payload: `<STYLE>@import'REMOTE';</STYLE>` },
  { id: 'owasp-26', source: 'OWASP', name: 'META refresh to javascript:', payload: `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:TRAP;">` },
  { id: 'owasp-27', source: 'OWASP', name: 'META refresh with data: URL', payload: `<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">` },
  { id: 'owasp-28', source: 'OWASP', name: 'IFRAME', payload: `<IFRAME SRC="javascript:TRAP;"></IFRAME>` },
  { id: 'owasp-29', source: 'OWASP', name: 'IFRAME event based', payload: `<IFRAME SRC=# onmouseover="TRAP"></IFRAME>` },
  { id: 'owasp-30', source: 'OWASP', name: 'FRAMESET', payload: `<FRAMESET><FRAME SRC="javascript:TRAP;"></FRAMESET>` },
  { id: 'owasp-31', source: 'OWASP', name: 'TABLE background', payload: `<TABLE BACKGROUND="javascript:TRAP"><TR><TD>cell</TD></TR></TABLE>` },
  { id: 'owasp-32', source: 'OWASP', name: 'DIV background-image', payload: `<DIV STYLE="background-image: url(javascript:TRAP)">div</DIV>` },
  { id: 'owasp-33', source: 'OWASP', name: 'DIV background-image with unicoded XSS exploit', payload: `<DIV STYLE="background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029">unicoded</DIV>` },
  { id: 'owasp-34', source: 'OWASP', name: 'DIV expression', payload: `<DIV STYLE="width: expression(TRAP);">expression</DIV>` },
  { id: 'owasp-35', source: 'OWASP', name: 'BASE tag', payload: `<BASE HREF="javascript:TRAP;//">` },
  { id: 'owasp-36', source: 'OWASP', name: 'OBJECT tag', payload: `<OBJECT TYPE="text/x-scriptlet" DATA="REMOTE"></OBJECT>` },
  { id: 'owasp-37', source: 'OWASP', name: 'EMBED SVG which contains XSS vector', payload: `<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD48L3N2Zz4=" type="image/svg+xml" AllowScriptAccess="always"></EMBED>` },
  { id: 'owasp-38', source: 'OWASP', name: 'on error alert with eval(src)', payload: `<img src=x:TRAP onerror=eval(src) alt=0>` },
  { id: 'owasp-39', source: 'OWASP', name: 'IMG onmouseover', payload: `<IMG SRC=# onmouseover="TRAP">` },
  { id: 'owasp-40', source: 'OWASP', name: 'anchor with javascript: and entity-obfuscated scheme', payload: `<a href="javas&#99;ript:TRAP">entity</a>` },
  { id: 'owasp-41', source: 'OWASP', name: 'US-ASCII / half-open HTML', payload: `<IMG SRC="\`<javascript:TRAP>\`">` },
  { id: 'dompurify-01', source: 'DOMPurify', name: 'JavaScript URIs using Unicode LS/PS', payload: `<a href='\u2028javascript:TRAP'>I am a dolphin!</a>` },
  { id: 'dompurify-02', source: 'DOMPurify', name: 'Low-range-ASCII obfuscated JavaScript URI', payload: `<a href="\u0001java\u0003script:TRAP">@shafigullin</a>` },
  { id: 'dompurify-03', source: 'DOMPurify', name: 'Link with data URI href', payload: `<a href=data:text/html,%3Cscript%3Eparent.TRAP%3C/script%3E>clickme</a>` },
  { id: 'dompurify-04', source: 'DOMPurify', name: 'mXSS Variation I', payload: `<listing>&lt;img onerror="TRAP;//" src=x&gt;<t t></listing>` },
  { id: 'dompurify-05', source: 'DOMPurify', name: 'mXSS Variation II', payload: `<img src=x id/=' onerror=TRAP//'>` },
  { id: 'dompurify-06', source: 'DOMPurify', name: 'Textarea and comments enabling img element', payload: `<textarea>@shafigullin</textarea><!--</textarea><img src=x onerror=TRAP>-->` },
  { id: 'dompurify-07', source: 'DOMPurify', name: 'Img element inside noscript terminated inside comment', payload: `<b><noscript><!-- </noscript><img src=x onerror=TRAP --></noscript>` },
  { id: 'dompurify-08', source: 'DOMPurify', name: 'Img element inside noscript terminated inside attribute', payload: `<b><noscript><a alt="</noscript><img src=x onerror=TRAP>"></noscript>` },
  { id: 'dompurify-09', source: 'DOMPurify', name: 'Img element inside shadow DOM template', payload: `<template><s><template><s><img src=x onerror=TRAP>@shafigullin</s></template></s></template>` },
  { id: 'dompurify-10', source: 'DOMPurify', name: 'Img inside style inside broken option element', payload: `<option><style></option></select><b><img src=x onerror=TRAP></style></option>` },
  { id: 'dompurify-11', source: 'DOMPurify', name: 'Iframe inside option element', payload: `<option><iframe></select><b><script>TRAP</script>` },
  { id: 'dompurify-12', source: 'DOMPurify', name: 'Image after style to trick jQuery tag-completion', payload: `<b><style><style/><img src=x onerror=TRAP>` },
  { id: 'dompurify-13', source: 'DOMPurify', name: 'DOM clobbering attack using name=body', payload: `<image name=body><image name=adoptNode>@mmrupp<image name=firstElementChild><svg onload=TRAP>` },
  { id: 'dompurify-14', source: 'DOMPurify', name: 'Bypass using unknown attributes IV', payload: `<input x=javascript: autofocus onfocus=TRAP><svg id=1 onload=TRAP></svg>` },
  { id: 'dompurify-15', source: 'DOMPurify', name: 'formaction on a button', payload: `<form><button formaction="javascript:TRAP">X</button></form>` },
  { id: 'dompurify-16', source: 'DOMPurify', name: 'html5sec 10: video poster', payload: `<video poster=javascript:TRAP//></video>` },
  { id: 'dompurify-17', source: 'DOMPurify', name: 'html5sec 37: comment-split img', payload: `<!--<img src="--><img src=x onerror=TRAP//">` },
  { id: 'dompurify-18', source: 'DOMPurify', name: 'html5sec 40: style-split img', payload: `<style><img src="</style><img src=x onerror=TRAP//">` },
  { id: 'dompurify-19', source: 'DOMPurify', name: 'html5sec 39: CDATA in SVG', payload: `<svg><![CDATA[><image xlink:href="]]><img src=x onerror=TRAP//"></svg>` },
  { id: 'dompurify-20', source: 'DOMPurify', name: 'html5sec 55: source onerror', payload: `<video><source onerror="TRAP"></video>` },
  { id: 'dompurify-21', source: 'DOMPurify', name: 'html5sec 57: script inside attribute-less b', payload: `<b <script>TRAP//</script>0</script></b>` },
  { id: 'dompurify-22', source: 'DOMPurify', name: 'html5sec 87: SVG anchor with xlink:href', payload: `<svg xmlns="http://www.w3.org/2000/svg"><a xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="javascript:TRAP"><rect width="100" height="40" fill="white"/></a></svg>` },
  { id: 'dompurify-23', source: 'DOMPurify', name: 'html5sec 89: SVG set/animate on event attributes', payload: `<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="onmouseover" to="TRAP"/><animate attributeName="onunload" to="TRAP"/></svg>` },
  { id: 'dompurify-24', source: 'DOMPurify', name: 'html5sec 95: feImage set to data: SVG', payload: `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><feImage><set attributeName="xlink:href" to="data:image/svg+xml;charset=utf-8;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciPjxzY3JpcHQ+YWxlcnQoMSk8L3NjcmlwdD48L3N2Zz4="/></feImage></svg>` },
  { id: 'dompurify-25', source: 'DOMPurify', name: 'html5sec 92: style background with remote url', payload: `<div style="background:url(REMOTE);">X</div>` },
  { id: 'dompurify-26', source: 'DOMPurify', name: 'math/mtext/mglyph/style namespace confusion (mXSS)', payload: `<math><mtext><table><mglyph><style><img src=x onerror=TRAP></style></mglyph></table></mtext></math>` },
  { id: 'dompurify-27', source: 'DOMPurify', name: 'details ontoggle', payload: `<details open ontoggle="TRAP"><summary>x</summary>details</details>` },
  { id: 'dompurify-28', source: 'DOMPurify', name: 'DOM clobbering of globals the app reads', payload: `<img src="data:image/png;base64,iVBORw0KGgo=" id="__docentMapsReady" name="__docentPrint"><a id="docent" href="#x">clobber</a>` },
  { id: 'revealjs-01', source: 'reveal.js', name: 'lazy-loaded image (data-src)', payload: `<img data-src="REMOTE" alt="lazy">` },
  { id: 'revealjs-02', source: 'reveal.js', name: 'nested section with background iframe', payload: `<section data-background-iframe="REMOTE" data-background-image="REMOTE"><p>inner section</p></section>` },
  { id: 'revealjs-03', source: 'reveal.js', name: 'nested section with background video', payload: `<section data-background-video="REMOTE"><p>video section</p></section>` },
  { id: 'revealjs-04', source: 'reveal.js', name: 'SVG image and use with remote href', payload: `<svg width="40" height="40"><image href="REMOTE" width="40" height="40"/><use href="REMOTE#x"/></svg>` },
  { id: 'css-01', source: 'CSS', name: 'escaped url( in a style attribute', payload: `<div style="background-image: u\\72 l(REMOTE)">escaped url</div>` },
  { id: 'css-02', source: 'CSS', name: 'image-set() with a string URL', payload: `<div style="background-image: image-set('REMOTE' 1x)">image-set</div>` },
];

/** Markdown's own ways to write a link or an image, each with a javascript:, data: or remote target. */
export const markdownVectors: XssVector[] = [
  { id: 'md-01', source: 'OWASP', name: 'markdown link to javascript:', payload: `[click](javascript:TRAP)` },
  { id: 'md-02', source: 'OWASP', name: 'markdown link with entity-encoded colon', payload: `[click](javascript&#58;TRAP)` },
  { id: 'md-03', source: 'OWASP', name: 'markdown image with javascript: source', payload: `![img](javascript:TRAP)` },
  { id: 'md-04', source: 'OWASP', name: 'markdown autolink with javascript:', payload: `<javascript:TRAP>` },
  { id: 'md-05', source: 'OWASP', name: 'reference-style link to javascript:', payload: `[ref][evil]\n\n[evil]: javascript:TRAP` },
  { id: 'md-06', source: 'OWASP', name: 'markdown image with remote source', payload: `![remote](REMOTE)` },
  { id: 'md-07', source: 'DOMPurify', name: 'markdown link to data:text/html', payload: `[data](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX190cmFwKCdtZC0wNycpPC9zY3JpcHQ+)` },
  { id: 'md-08', source: 'OWASP', name: 'markdown link title breaking out of the attribute', payload: `[t](https://example.org "x\\" onmouseover=\\"TRAP")` },
  { id: 'md-09', source: 'OWASP', name: 'markdown image alt breaking out of the attribute', payload: `![" onerror="TRAP](nothing.png)` },
  { id: 'md-10', source: 'OWASP', name: 'path up and out of the deck, and absolute paths', payload: `![up](../../../../etc/passwd) ![abs](/etc/passwd) ![api](/api/getDeck) ![win](..\\..\\secret.png)` },
];

/** `<!-- .slide: … -->` and `<!-- .element: … -->` attribute lists. */
export const attributeVectors: XssVector[] = [
  { id: 'attr-01', source: 'OWASP', name: 'event handler on the slide', payload: `<!-- .slide: onclick="TRAP" onmouseover="TRAP" -->` },
  { id: 'attr-02', source: 'reveal.js', name: 'remote background image', payload: `<!-- .slide: data-background-image="REMOTE" -->` },
  { id: 'attr-03', source: 'reveal.js', name: 'background iframe and video', payload: `<!-- .slide: data-background-iframe="REMOTE" data-background-video="REMOTE" -->` },
  { id: 'attr-04', source: 'OWASP', name: 'javascript: background image', payload: `<!-- .slide: data-background-image="javascript:TRAP" -->` },
  { id: 'attr-05', source: 'CSS', name: 'background colour smuggling a url()', payload: `<!-- .slide: data-background-color="red; background-image: url(REMOTE)" -->` },
  { id: 'attr-06', source: 'OWASP', name: 'attribute breaking out of its quotes', payload: `<!-- .slide: class="x\\" onload=\\"TRAP" data-state='"><img src=x onerror=TRAP>' -->` },
  { id: 'attr-07', source: 'reveal.js', name: 'background image leaving the deck folder', payload: `<!-- .slide: data-background-image="../../../etc/passwd" -->` },
  { id: 'attr-08', source: 'OWASP', name: 'element attributes with handlers and style', payload: `element text <!-- .element: onmouseover="TRAP" style="background:url(REMOTE)" class="fragment" -->` },
  { id: 'attr-09', source: 'DOMPurify', name: 'element id clobbering an app global', payload: `clobber text <!-- .element: id="__docentPrint" -->` },
  { id: 'attr-10', source: 'reveal.js', name: 'element data-src (lazy load)', payload: `![lazy](nothing.png) <!-- .element: data-src="REMOTE" -->` },
];

/** Values for front matter fields, map names, titles and captions: text that must stay text. */
export const textVectors: XssVector[] = [
  { id: 'text-01', source: 'OWASP', name: 'img onerror in text', payload: `<img src=x onerror=TRAP>` },
  { id: 'text-02', source: 'OWASP', name: 'script in text', payload: `<script>TRAP</script>` },
  { id: 'text-03', source: 'OWASP', name: 'svg onload in text', payload: `<svg/onload=TRAP>` },
  { id: 'text-04', source: 'DOMPurify', name: 'attribute breakout in text', payload: `"><img src=x onerror=TRAP>` },
];

export const vectorCount = markupVectors.length + markdownVectors.length + attributeVectors.length + textVectors.length;

export const remoteOrigin = 'https://attacker.example';

/** Makes a vector's payload concrete: the trap call names the vector. */
export function arm(vector: XssVector, placement = ''): string {
  const tag = placement ? `${vector.id}@${placement}` : vector.id;
  return vector.payload.replaceAll('TRAP', `__trap('${tag}')`).replaceAll('REMOTE', `${remoteOrigin}/${tag}.png`);
}
