// fp-load-store.s — FP register loads and stores in every memory format
//
// Covers M6/M8 ldfs, ldfd, ldf8, ldfe (normal, zero, negative zero, denormal, infinity,
// NaN values) and M9/M10 stfs, stfd, stf8, stfe, stf.spill with ldf.fill, and the
// M11/M12 ldfp pairs; stored values are read back into GRs. The FRs themselves are
// compared too.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = .Lsingles ;;
	ldfs f2 = [r2], 4 ;;
	ldfs f3 = [r2], 4 ;;
	ldfs f4 = [r2], 4 ;;
	ldfs f5 = [r2], 4 ;;
	ldfs f6 = [r2], 4 ;;
	ldfs f7 = [r2], 4 ;;
	ldfs f8 = [r2], 4 ;;
	ldfs f9 = [r2], 4 ;;
	movl r2 = .Ldoubles ;;
	ldfd f10 = [r2], 8 ;;
	ldfd f11 = [r2], 8 ;;
	ldfd f12 = [r2], 8 ;;
	ldfd f13 = [r2], 8 ;;
	ldfd f14 = [r2], 8 ;;
	ldfd f15 = [r2], 8 ;;
	ldf8 f16 = [r2], 8 ;;
	movl r2 = .Lextended ;;
	ldfe f17 = [r2], 16 ;;
	ldfe f18 = [r2] ;;
	movl r3 = 0x200000 ;;
	stfs [r3] = f2, 4 ;;
	stfs [r3] = f4, 4 ;;
	stfd [r3] = f10, 8 ;;
	stfd [r3] = f12, 8 ;;
	stf8 [r3] = f16, 8 ;;
	stfe [r3] = f17, 16 ;;
	stf.spill [r3] = f15, 16 ;;
	movl r3 = 0x200000 ;;
	ld8 r4 = [r3], 8 ;;
	ld8 r5 = [r3], 8 ;;
	ld8 r6 = [r3], 8 ;;
	ld8 r7 = [r3], 8 ;;
	ld8 r8 = [r3], 8 ;;
	ld8 r9 = [r3], 8 ;;
	ld8 r10 = [r3], 8 ;;
	ld8 r11 = [r3], 8 ;;
	adds r3 = -16, r3 ;;
	ldf.fill f19 = [r3] ;;
	movl r2 = .Ldoubles ;;
	ldfpd f20, f21 = [r2], 16 ;;
	ldfp8 f22, f23 = [r2] ;;
	movl r2 = .Lsingles ;;
	ldfps f24, f25 = [r2], 8 ;;
	mov r14 = r2 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start

	.section .rodata
	.align 16
.Lsingles:
	data4 0x3f800000, 0x80000000, 0x00000001, 0x807fffff
	data4 0x7f800000, 0xff800000, 0x7fc00000, 0xc0490fdb
.Ldoubles:
	data8 0x3ff0000000000000, 0x8000000000000000, 0x0000000000000001, 0xfff0000000000000
	data8 0x7ff8000000000001, 0x400921fb54442d18, 0x123456789abcdef0
	.align 16
.Lextended:
	data8 0xc90fdaa22168c235
	data2 0x4000
	data2 0, 0, 0
	data8 0x8000000000000000
	data2 0xffff
	data2 0, 0, 0
