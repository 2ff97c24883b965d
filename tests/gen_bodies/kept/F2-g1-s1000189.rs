// finding: F2-teardown-in-let-else
// seed: 1000189
// expect `drain` => L1 t23 w24- t23. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => L1 t23 gaveup w24- t23. close=Ok
// expect `take 0 mid 1 cancel` => L1 t23 gaveup w24- t23. cancel=Ok
// expect `take 0 mid 2 close` => L1 t23 gaveup w24- t23. close=Ok
// expect `take 0 mid 2 cancel` => L1 t23 gaveup w24- t23. cancel=Ok
// expect `take 0 mid 3 close` => L1 t23 w24- t23. end close=Ok
// expect `take 0 mid 3 cancel` => L1 t23 w24- t23. end cancel=Ok
// expect `take 1 close` => L1 t23 w24- t23. end close=Ok
// expect `take 1 cancel` => L1 t23 w24- t23. end cancel=Ok
// expect `take 1 mid 1 close` => L1 t23 w24- t23. end close=Ok
// expect `take 1 mid 1 cancel` => L1 t23 w24- t23. end cancel=Ok
// expect `take 1 mid 2 close` => L1 t23 w24- t23. end close=Ok
// expect `take 1 mid 2 cancel` => L1 t23 w24- t23. end cancel=Ok
// expect `take 1 mid 3 close` => L1 t23 w24- t23. end close=Ok
// expect `take 1 mid 3 cancel` => L1 t23 w24- t23. end cancel=Ok
// expect `take 2 close` => L1 t23 w24- t23. end close=Ok
// expect `take 2 cancel` => L1 t23 w24- t23. end cancel=Ok
// expect `take 2 mid 1 close` => L1 t23 w24- t23. end close=Ok
// expect `take 2 mid 1 cancel` => L1 t23 w24- t23. end cancel=Ok
// expect `take 2 mid 2 close` => L1 t23 w24- t23. end close=Ok
// expect `take 2 mid 2 cancel` => L1 t23 w24- t23. end cancel=Ok
// expect `take 2 mid 3 close` => L1 t23 w24- t23. end close=Ok
// expect `take 2 mid 3 cancel` => L1 t23 w24- t23. end cancel=Ok
// expect `take 7 mid 4 cancel` => L1 t23 w24- t23. end cancel=Ok
// expect `take 6 mid 1 close` => L1 t23 w24- t23. end close=Ok
// expect `take 7 cancel` => L1 t23 w24- t23. end cancel=Ok
// expect `take 4 mid 4 cancel` => L1 t23 w24- t23. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t23");
        W::new(&ctx, 24, 2).await;
        ctx.log("t23.");
    }
    let Some(v1) = ctx.opt(1, 0b11, 2) else {
        ctx.log("s2");
        teardown! {
            ctx.log("t3");
            W::new(&ctx, 4, 1).await;
            ctx.log("t3.");
        }
        {
            let b6: u32 = 'l6: {
                tokio::join!(W::new(&ctx, 7, 0), W::new(&ctx, 8, 1), async { W::new(&ctx, 9, 3).await; ctx.log("j9"); });
                tokio::join!(W::new(&ctx, 10, 2), async { W::new(&ctx, 11, 0).await; ctx.log("j11"); }, async { W::new(&ctx, 12, 3).await; ctx.log("j12"); });
                tokio::join!(W::new(&ctx, 13, 3), async { W::new(&ctx, 14, 1).await; ctx.log("j14"); });
                yield_!(Ok(15));
                42
            };
            ctx.log(format!("b6={b6}"));
            let m16: u32 = match ctx.pick(16, 0, 2) {
                0 => {
                    ctx.log("s17");
                    yield_!(Err(18));
                    teardown! {
                        ctx.log("t19");
                        W::new(&ctx, 20, 1).await;
                        ctx.log("t19.");
                    }
                    ctx.log("s21");
                    1
                }
                _ => {
                    ctx.log("s22");
                    46
                }
            };
            ctx.log(format!("m16={m16}"));
        }
        return;
    };
    ctx.log(format!("L{v1}"));
}
