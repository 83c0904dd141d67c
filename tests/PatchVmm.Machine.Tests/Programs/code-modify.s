// code-modify.s — modified code runs as modified
//
// Executes a bundle, overwrites it with the bytes of another bundle (two st8), makes the
// change visible with fc, sync.i and srlz.i, and executes it again: the new instruction
// must run (the pre-decoded copy of the old one must be dropped).
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	mov r8 = 0 ;;
	mov r9 = 0 ;;
.Lagain:
	br.call.sptk.many b0 = patched ;;
	adds r9 = 1, r9 ;;
	cmp.eq p6, p7 = 2, r9 ;;
	(p6) br.cond.dpnt.few .Ldone ;;
	movl r2 = patched ;;
	movl r3 = replacement ;;
	ld8 r4 = [r3], 8 ;;
	ld8 r5 = [r3] ;;
	st8 [r2] = r4, 8 ;;
	st8 [r2] = r5 ;;
	movl r2 = patched ;;
	fc r2 ;;
	sync.i ;;
	srlz.i ;;
	br.sptk.few .Lagain ;;
.Ldone:
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start

	.align 16
	.proc patched
patched:
{ .mii
	adds r8 = 1, r8
	nop.i 0
	nop.i 0 ;; }
	br.ret.sptk.many b0 ;;
	.endp patched

	.align 16
replacement:
{ .mii
	adds r8 = 100, r8
	nop.i 0
	nop.i 0 ;; }
