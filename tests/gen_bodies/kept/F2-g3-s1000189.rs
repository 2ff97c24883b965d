// finding: F2-teardown-in-let-else
// seed: 1000189
// expect `drain` => L1 t20 t20. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => L1 t20 t20. end close=Ok
// expect `take 0 mid 1 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 0 mid 1 drop` => L1 t20 t20. end drop
// expect `take 0 mid 2 close` => L1 t20 t20. end close=Ok
// expect `take 0 mid 2 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 0 mid 2 drop` => L1 t20 t20. end drop
// expect `take 0 mid 3 close` => L1 t20 t20. end close=Ok
// expect `take 0 mid 3 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 0 mid 3 drop` => L1 t20 t20. end drop
// expect `take 1 close` => L1 t20 t20. end close=Ok
// expect `take 1 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 1 drop` => L1 t20 t20. end drop
// expect `take 1 mid 1 close` => L1 t20 t20. end close=Ok
// expect `take 1 mid 1 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 1 mid 1 drop` => L1 t20 t20. end drop
// expect `take 1 mid 2 close` => L1 t20 t20. end close=Ok
// expect `take 1 mid 2 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 1 mid 2 drop` => L1 t20 t20. end drop
// expect `take 1 mid 3 close` => L1 t20 t20. end close=Ok
// expect `take 1 mid 3 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 1 mid 3 drop` => L1 t20 t20. end drop
// expect `take 2 close` => L1 t20 t20. end close=Ok
// expect `take 2 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 2 drop` => L1 t20 t20. end drop
// expect `take 2 mid 1 close` => L1 t20 t20. end close=Ok
// expect `take 2 mid 1 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 2 mid 1 drop` => L1 t20 t20. end drop
// expect `take 2 mid 2 close` => L1 t20 t20. end close=Ok
// expect `take 2 mid 2 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 2 mid 2 drop` => L1 t20 t20. end drop
// expect `take 2 mid 3 close` => L1 t20 t20. end close=Ok
// expect `take 2 mid 3 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 2 mid 3 drop` => L1 t20 t20. end drop
// expect `take 7 mid 4 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 6 mid 1 close` => L1 t20 t20. end close=Ok
// expect `take 7 cancel` => L1 t20 t20. end cancel=Ok
// expect `take 4 mid 4 cancel` => L1 t20 t20. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t20");
        ctx.log("t20.");
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
                tokio::join!(W::new(&ctx, 7, 1), async { W::new(&ctx, 8, 2).await; ctx.log("j8"); });
                teardown! {
                    ctx.log("t9");
                    ctx.log("t9.");
                }
                tokio::try_join!(W::new(&ctx, 10, 1).ok(), W::new(&ctx, 11, 2).fail(11))?;
                futures::join!(W::new(&ctx, 12, 1), async { W::new(&ctx, 13, 2).await; ctx.log("j13"); }, W::new(&ctx, 14, 0));
                49
            };
            ctx.log(format!("b6={b6}"));
            yield_!(Ok(15));
            teardown! {
                ctx.log("t16");
                W::new(&ctx, 17, 1).await;
                ctx.log("t16.");
            }
            let b18: u32 = 'l18: {
                yield_!(Err(19));
                33
            };
            ctx.log(format!("b18={b18}"));
        }
        return;
    };
    ctx.log(format!("L{v1}"));
}
