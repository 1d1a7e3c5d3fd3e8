/**
 * Dutch abbreviations whose full stop never ends a sentence, lowercase and with every dot. They
 * always lead into more words ("mevr. De Vries", "bijv. Jan", "nr. 12"), even before a capital.
 * Abbreviations that can close a sentence ("enz.", "etc.", "e.d.") are left out on purpose: their
 * full stop ends the sentence when a capital follows, as any other full stop does.
 */
export const abbreviations: ReadonlySet<string> = new Set([
	'bijv.', 'bv.', 'b.v.', 'o.a.', 'd.w.z.', 'ca.', 'nr.', 'mevr.', 'dhr.', 'mr.', 'dr.', 'drs.', 'ir.',
	'ing.', 'prof.', 'st.', 'i.p.v.', 't.o.v.', 'm.b.t.', 'm.n.', 'n.a.v.', 'i.v.m.', 'z.s.m.', 'evt.',
	'incl.', 'excl.', 'blz.', 'vs.', 'zgn.', 'resp.', 'vgl.', 'tel.', 'o.b.v.', 'p.', 'afd.',
]);
