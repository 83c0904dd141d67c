// fp-merge-logic.s — FP register moves and integer operations on significands
//
// Covers F9 fmerge.s/.ns/.se, mov f=, fabs, fneg, fnegabs, fand, fandcm, for, fxor,
// fmix.l/.r/.lr, fswap (.nl/.nr) and fsxt.l/.r on values made by setf, and NaTVal
// passing through.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0xc0490fdb ;;
	setf.s f2 = r2 ;;
	movl r3 = 0x3ff8000000000000 ;;
	setf.d f3 = r3 ;;
	movl r4 = 0x8123456789abcdef ;;
	setf.sig f4 = r4 ;;
	movl r5 = 0x00000000f0f0f0f0 ;;
	setf.sig f5 = r5 ;;
	fmerge.s f10 = f2, f3 ;;
	fmerge.ns f11 = f3, f2 ;;
	fmerge.se f12 = f2, f3 ;;
	mov f13 = f2 ;;
	fabs f14 = f2 ;;
	fneg f15 = f3 ;;
	fnegabs f16 = f3 ;;
	mov f17 = f0 ;;
	fand f18 = f4, f5 ;;
	fandcm f19 = f4, f5 ;;
	for f20 = f4, f5 ;;
	fxor f21 = f4, f5 ;;
	fmix.l f22 = f4, f5 ;;
	fmix.r f23 = f4, f5 ;;
	fmix.lr f24 = f4, f5 ;;
	fswap f25 = f4, f5 ;;
	fswap.nl f26 = f4, f5 ;;
	fswap.nr f27 = f4, f5 ;;
	fsxt.l f28 = f4, f5 ;;
	fsxt.r f29 = f5, f4 ;;
	movl r6 = 0x200000 ;;
	mov r7 = -1 ;;
	mov ar.unat = r7 ;;
	ld8.fill r8 = [r6] ;;
	setf.sig f30 = r8 ;;
	fand f31 = f30, f4 ;;
	mov f32 = f30 ;;
	getf.sig r9 = f22 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
