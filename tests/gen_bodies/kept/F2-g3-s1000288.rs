// finding: F2-teardown-in-let-else
// seed: 1000288
// expect `drain` => item Ok(1) item Ok(8) w10- j10 w11- j11 t9 t9. t21 t21. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => item Ok(1) t21 t21. close=Ok
// expect `take 0 mid 1 cancel` => item Ok(1) t21 t21. cancel=Ok
// expect `take 0 mid 1 drop` => item Ok(1) drop droppanic
// expect `take 0 mid 2 close` => item Ok(1) t21 t21. close=Ok
// expect `take 0 mid 2 cancel` => item Ok(1) t21 t21. cancel=Ok
// expect `take 0 mid 2 drop` => item Ok(1) drop droppanic
// expect `take 0 mid 3 close` => item Ok(1) t21 t21. close=Ok
// expect `take 0 mid 3 cancel` => item Ok(1) t21 t21. cancel=Ok
// expect `take 0 mid 3 drop` => item Ok(1) drop droppanic
// expect `take 1 close` => item Ok(1) t21 t21. close=Ok
// expect `take 1 cancel` => item Ok(1) t21 t21. cancel=Ok
// expect `take 1 drop` => item Ok(1) drop droppanic
// expect `take 1 mid 1 close` => item Ok(1) item Ok(8) t21 t21. close=Ok
// expect `take 1 mid 1 cancel` => item Ok(1) item Ok(8) t21 t21. cancel=Ok
// expect `take 1 mid 1 drop` => item Ok(1) item Ok(8) drop droppanic
// expect `take 1 mid 2 close` => item Ok(1) item Ok(8) t21 t21. close=Ok
// expect `take 1 mid 2 cancel` => item Ok(1) item Ok(8) t21 t21. cancel=Ok
// expect `take 1 mid 2 drop` => item Ok(1) item Ok(8) drop droppanic
// expect `take 1 mid 3 close` => item Ok(1) item Ok(8) t21 t21. close=Ok
// expect `take 1 mid 3 cancel` => item Ok(1) item Ok(8) t21 t21. cancel=Ok
// expect `take 1 mid 3 drop` => item Ok(1) item Ok(8) drop droppanic
// expect `take 2 close` => item Ok(1) item Ok(8) t21 t21. close=Ok
// expect `take 2 cancel` => item Ok(1) item Ok(8) t21 t21. cancel=Ok
// expect `take 2 drop` => item Ok(1) item Ok(8) drop droppanic
// expect `take 2 mid 1 close` => item Ok(1) item Ok(8) gaveup w10- j10 w11- j11 t9 t9. t21 t21. close=Ok
// expect `take 2 mid 1 cancel` => item Ok(1) item Ok(8) gaveup w10x w11x t9 t9. t21 t21. cancel=Ok
// expect `take 2 mid 1 drop` => item Ok(1) item Ok(8) gaveup drop droppanic w10x w11x
// expect `take 2 mid 2 close` => item Ok(1) item Ok(8) w10- j10 gaveup w11- j11 t9 t9. t21 t21. close=Ok
// expect `take 2 mid 2 cancel` => item Ok(1) item Ok(8) w10- j10 gaveup w11x t9 t9. t21 t21. cancel=Ok
// expect `take 2 mid 2 drop` => item Ok(1) item Ok(8) w10- j10 gaveup drop droppanic w11x
// expect `take 2 mid 3 close` => item Ok(1) item Ok(8) w10- j10 gaveup w11- j11 t9 t9. t21 t21. close=Ok
// expect `take 2 mid 3 cancel` => item Ok(1) item Ok(8) w10- j10 gaveup w11x t9 t9. t21 t21. cancel=Ok
// expect `take 2 mid 3 drop` => item Ok(1) item Ok(8) w10- j10 gaveup drop droppanic w11x
// expect `take 7 mid 5 cancel` => item Ok(1) item Ok(8) w10- j10 w11- j11 t9 t9. t21 t21. end cancel=Ok
// expect `take 8 mid 3 close` => item Ok(1) item Ok(8) w10- j10 w11- j11 t9 t9. t21 t21. end close=Ok
// expect `take 3 mid 4 cancel` => item Ok(1) item Ok(8) w10- j10 w11- j11 t9 t9. t21 t21. end cancel=Ok
// expect `take 4 mid 5 close` => item Ok(1) item Ok(8) w10- j10 w11- j11 t9 t9. t21 t21. end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t21");
        ctx.log("t21.");
    }
    yield_!(Ok(1));
    if ctx.ch(2, 0b1, 1) {
        if ctx.ch(3, 0b0, 2) {
            futures::join!(async { W::new(&ctx, 4, 0).await; ctx.log("j4"); }, W::new(&ctx, 5, 2), W::new(&ctx, 6, 3));
            yield_!(Err(7));
        } else {
            yield_!(Ok(8));
            teardown! {
                ctx.log("t9");
                ctx.log("t9.");
            }
            tokio::join!(async { W::new(&ctx, 10, 1).await; ctx.log("j10"); }, async { W::new(&ctx, 11, 3).await; ctx.log("j11"); });
        }
    } else {
        yield_!(Ok(12));
        let mut c13 = 0;
        let b13: u32 = 'l13: loop {
            c13 += 1;
            if c13 > 2 { break 37; }
            let Some(v14) = ctx.opt(14, 0b0, 2) else {
                ctx.log("s15");
                teardown! {
                    ctx.log("t16");
                    ctx.log("t16.");
                }
                futures::join!(W::new(&ctx, 17, 3), W::new(&ctx, 18, 0));
                tokio::join!(W::new(&ctx, 19, 3), W::new(&ctx, 20, 1));
                continue;
            };
            ctx.log(format!("L{v14}"));
        };
        ctx.log(format!("b13={b13}"));
    }
}
