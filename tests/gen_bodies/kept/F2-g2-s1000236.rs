// finding: F2-teardown-in-let-else
// seed: 1000236
// expect `drain` => L1 s5 t6 t6. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => L1 s5 t6 t6. end close=Ok
// expect `take 0 mid 1 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 0 mid 2 close` => L1 s5 t6 t6. end close=Ok
// expect `take 0 mid 2 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 0 mid 3 close` => L1 s5 t6 t6. end close=Ok
// expect `take 0 mid 3 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 1 close` => L1 s5 t6 t6. end close=Ok
// expect `take 1 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 1 mid 1 close` => L1 s5 t6 t6. end close=Ok
// expect `take 1 mid 1 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 1 mid 2 close` => L1 s5 t6 t6. end close=Ok
// expect `take 1 mid 2 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 1 mid 3 close` => L1 s5 t6 t6. end close=Ok
// expect `take 1 mid 3 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 2 close` => L1 s5 t6 t6. end close=Ok
// expect `take 2 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 2 mid 1 close` => L1 s5 t6 t6. end close=Ok
// expect `take 2 mid 1 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 2 mid 2 close` => L1 s5 t6 t6. end close=Ok
// expect `take 2 mid 2 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 2 mid 3 close` => L1 s5 t6 t6. end close=Ok
// expect `take 2 mid 3 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 4 mid 3 close` => L1 s5 t6 t6. end close=Ok
// expect `take 6 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 6 mid 2 cancel` => L1 s5 t6 t6. end cancel=Ok
// expect `take 7 mid 5 cancel` => L1 s5 t6 t6. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t6");
        ctx.log("t6.");
    }
    let Some(v1) = ctx.opt(1, 0b1001, 4) else {
        teardown! {
            ctx.log("t2");
            W::new(&ctx, 3, 1).await;
            ctx.log("t2.");
        }
        ctx.check(4, 0b1, 1)?;
        return;
    };
    ctx.log(format!("L{v1}"));
    ctx.log("s5");
    return;
}
