// finding: F2-teardown-in-let-else
// seed: 1000116
// expect `drain` => item Ok(5) item Ok(6) item Ok(9) t7 w8- t7. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => item Ok(5) close=Ok
// expect `take 0 mid 1 cancel` => item Ok(5) cancel=Ok
// expect `take 0 mid 1 drop` => item Ok(5) drop
// expect `take 0 mid 2 close` => item Ok(5) close=Ok
// expect `take 0 mid 2 cancel` => item Ok(5) cancel=Ok
// expect `take 0 mid 2 drop` => item Ok(5) drop
// expect `take 0 mid 3 close` => item Ok(5) close=Ok
// expect `take 0 mid 3 cancel` => item Ok(5) cancel=Ok
// expect `take 0 mid 3 drop` => item Ok(5) drop
// expect `take 1 close` => item Ok(5) close=Ok
// expect `take 1 cancel` => item Ok(5) cancel=Ok
// expect `take 1 drop` => item Ok(5) drop
// expect `take 1 mid 1 close` => item Ok(5) item Ok(6) close=Ok
// expect `take 1 mid 1 cancel` => item Ok(5) item Ok(6) cancel=Ok
// expect `take 1 mid 1 drop` => item Ok(5) item Ok(6) drop
// expect `take 1 mid 2 close` => item Ok(5) item Ok(6) close=Ok
// expect `take 1 mid 2 cancel` => item Ok(5) item Ok(6) cancel=Ok
// expect `take 1 mid 2 drop` => item Ok(5) item Ok(6) drop
// expect `take 1 mid 3 close` => item Ok(5) item Ok(6) close=Ok
// expect `take 1 mid 3 cancel` => item Ok(5) item Ok(6) cancel=Ok
// expect `take 1 mid 3 drop` => item Ok(5) item Ok(6) drop
// expect `take 2 close` => item Ok(5) item Ok(6) close=Ok
// expect `take 2 cancel` => item Ok(5) item Ok(6) cancel=Ok
// expect `take 2 drop` => item Ok(5) item Ok(6) drop
// expect `take 2 mid 1 close` => item Ok(5) item Ok(6) item Ok(9) t7 w8- t7. close=Ok
// expect `take 2 mid 1 cancel` => item Ok(5) item Ok(6) item Ok(9) t7 w8- t7. cancel=Ok
// expect `take 2 mid 1 drop` => item Ok(5) item Ok(6) item Ok(9) drop droppanic
// expect `take 2 mid 2 close` => item Ok(5) item Ok(6) item Ok(9) t7 w8- t7. close=Ok
// expect `take 2 mid 2 cancel` => item Ok(5) item Ok(6) item Ok(9) t7 w8- t7. cancel=Ok
// expect `take 2 mid 2 drop` => item Ok(5) item Ok(6) item Ok(9) drop droppanic
// expect `take 2 mid 3 close` => item Ok(5) item Ok(6) item Ok(9) t7 w8- t7. close=Ok
// expect `take 2 mid 3 cancel` => item Ok(5) item Ok(6) item Ok(9) t7 w8- t7. cancel=Ok
// expect `take 2 mid 3 drop` => item Ok(5) item Ok(6) item Ok(9) drop droppanic
// expect `take 7 mid 5 cancel` => item Ok(5) item Ok(6) item Ok(9) t7 w8- t7. end cancel=Ok
// expect `take 8 mid 6 cancel` => item Ok(5) item Ok(6) item Ok(9) t7 w8- t7. end cancel=Ok
// expect `take 5 close` => item Ok(5) item Ok(6) item Ok(9) t7 w8- t7. end close=Ok
// expect `take 5 mid 4 close` => item Ok(5) item Ok(6) item Ok(9) t7 w8- t7. end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    match ctx.pick(1, 1, 3) {
        0 => {
            teardown! {
                ctx.log("t2");
                ctx.log("t2.");
            }
            tokio::join!(W::new(&ctx, 3, 2), async { W::new(&ctx, 4, 1).await; ctx.log("j4"); });
        }
        1 => {
            yield_!(Ok(5));
            yield_!(Ok(6));
            teardown! {
                ctx.log("t7");
                W::new(&ctx, 8, 2).await;
                ctx.log("t7.");
            }
            yield_!(Ok(9));
        }
        _ => {
            let Some(v10) = ctx.opt(10, 0b1, 4) else {
                teardown! {
                    ctx.log("t11");
                    W::new(&ctx, 12, 0).await;
                    ctx.log("t11.");
                }
                tokio::select! {
                    _ = W::new(&ctx, 13, 3) => {
                        W::new(&ctx, 14, 1).await;
                    }
                    _ = W::new(&ctx, 15, 1), if ctx.ch(16, 0b11, 2) => {
                        ctx.log("s17");
                    }
                    _ = W::new(&ctx, 18, 0), if ctx.ch(19, 0b0, 2) => {
                        ctx.log("s20");
                        return;
                    }
                }
                return;
            };
            ctx.log(format!("L{v10}"));
        }
    }
}
