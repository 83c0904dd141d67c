// fp-setf-getf.s — setf and getf in every form, and NaTVal
//
// Covers M18 setf.s/.d/.sig/.exp and M19 getf.s/.d/.sig/.exp on ordinary and special
// values, a NaT GR becoming NaTVal in an FR and NaTVal becoming a NaT GR,
// stf.spill/ldf.fill keeping NaTVal, and ldf.s deferring to NaTVal in physical mode with
// chk.s seeing it.
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
	movl r3 = 0x400921fb54442d18 ;;
	setf.d f3 = r3 ;;
	mov r4 = -5 ;;
	setf.sig f4 = r4 ;;
	movl r5 = 0x2fffe ;;
	setf.exp f5 = r5 ;;
	getf.s r6 = f2 ;;
	getf.d r7 = f3 ;;
	getf.sig r8 = f4 ;;
	getf.exp r9 = f5 ;;
	getf.d r10 = f1 ;;
	getf.s r11 = f0 ;;
	getf.exp r14 = f1 ;;
	getf.sig r15 = f3 ;;
	movl r16 = 0x200000 ;;
	mov r17 = -1 ;;
	mov ar.unat = r17 ;;
	ld8.fill r18 = [r16] ;;
	setf.sig f6 = r18 ;;
	getf.sig r19 = f6 ;;
	stf.spill [r16] = f6 ;;
	ldf.fill f7 = [r16] ;;
	ldfd.s f8 = [r16] ;;
	mov r20 = 0 ;;
	chk.s f8, .Lrecover ;;
.Lback:
	getf.exp r21 = f8 ;;
	mov r32 = 0 ;;
	br.sptk.few .Lend ;;
.Lrecover:
	mov r20 = 1 ;;
	br.sptk.few .Lback ;;
.Lend:
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
